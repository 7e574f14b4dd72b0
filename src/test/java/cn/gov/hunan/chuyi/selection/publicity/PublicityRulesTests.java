package cn.gov.hunan.chuyi.selection.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.program.Nominee;
import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundMove;
import cn.gov.hunan.chuyi.selection.round.RoundRejected;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.selection.round.Rounds;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of 公示 that need no database: the period, telephone numbers, references, the notice's wording. */
class PublicityRulesTests {

    private static Round roundInPublicity(Instant startedAt) {
        Round round = Rounds.withCriteria();
        for (var move : List.of(
                RoundMove.OPEN_NOMINATIONS,
                RoundMove.CLOSE_NOMINATIONS,
                RoundMove.START_EXPERT_REVIEW,
                RoundMove.DECIDE,
                RoundMove.START_PUBLICITY)) {
            round.move(move, Role.PROVINCE_ADMIN, startedAt);
        }
        return round;
    }

    @Test
    void aRoundInPublicityClosesOnlyOnceThePeriodHasRunItsFullLength() {
        Instant start = Instant.parse("2026-05-01T02:00:00Z");
        Round round = roundInPublicity(start);
        assertThat(round.acceptsObjections(start.plusSeconds(60))).isTrue();
        assertThatThrownBy(() -> round.move(RoundMove.CLOSE_ROUND, Role.PROVINCE_ADMIN, start.plusSeconds(60)))
                .isInstanceOf(RoundRejected.class)
                .hasMessage("selection.round.error.publicityRunning")
                .satisfies(e -> assertThat(((RoundRejected) e).arguments()).containsExactly("2026-05-08 10:00"));
        Instant end = start.plus(Duration.ofDays(7));
        assertThatThrownBy(() -> round.move(RoundMove.CLOSE_ROUND, Role.PROVINCE_ADMIN, end.minusSeconds(1)))
                .isInstanceOf(RoundRejected.class);
        assertThat(round.acceptsObjections(end)).isFalse();
        assertThat(round.move(RoundMove.CLOSE_ROUND, Role.PROVINCE_ADMIN, end)).isEqualTo(RoundStatus.PUBLICITY);
        assertThat(round.hasPublicNotice())
                .as("the notice stays public after the round closed")
                .isTrue();
    }

    @Test
    void acceptsMainlandMobileAndLandlineNumbersOnly() {
        assertThat(Telephone.digits("13812345678")).isEqualTo("13812345678");
        assertThat(Telephone.digits("+86 138-1234-5678")).isEqualTo("13812345678");
        assertThat(Telephone.digits("0731-84512345")).isEqualTo("073184512345");
        assertThat(Telephone.digits("(010) 12345678")).isEqualTo("01012345678");
        assertThat(Telephone.digits("0739-1234567")).isEqualTo("07391234567");
        for (String wrong : new String[] {
            null,
            "",
            "12345",
            "12812345678",
            "1381234567",
            "138123456789",
            "73184512345",
            "abc13812345678",
            "0731-845",
            "1381234567８"
        }) {
            assertThat(Telephone.digits(wrong)).as(wrong).isNull();
        }
        assertThat(Telephone.same("0731-84512345", "073184512345")).isTrue();
        assertThat(Telephone.same("13812345678", "13812345679")).isFalse();
        assertThat(Telephone.same("13812345678", "x")).isFalse();
    }

    @Test
    void referencesHaveTheirFormAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String reference = ObjectionReference.next();
            assertThat(reference).matches("YY-[A-HJ-KMNP-Z2-9]{4}-[A-HJ-KMNP-Z2-9]{4}");
            assertThat(seen.add(reference)).isTrue();
        }
        assertThat(ObjectionReference.normalise(" yy-abcd-2345 ")).isEqualTo("YY-ABCD-2345");
        assertThat(ObjectionReference.normalise("1")).isNull();
    }

    @Test
    void theNoticeSaysTheMeetingAsRecordedAndAddsTheActOnlyWhenItIsMissing() {
        var program = new ProgramSummary(
                "TECHNICIAN_SCHOOL",
                "楚怡优秀技工院校",
                "x",
                "c",
                "s",
                "s",
                5,
                0,
                Nominee.ORGANIZATION,
                false,
                Set.of(),
                0,
                "所",
                "schools",
                "湖南省人力资源和社会保障厅",
                "Hunan Provincial Department of Human Resources and Social Security",
                2025,
                1);
        var byName = new PublicNotice(
                1, "t", program, 2026, null, null, "厅长办公会", null, true, false, false, false, List.of());
        var withAct = new PublicNotice(
                1, "t", program, 2026, null, null, "领导小组审议、党组会审定", null, true, false, false, false, List.of());
        assertThat(byName.meetingNamesItsAct()).isFalse();
        assertThat(withAct.meetingNamesItsAct()).isTrue();
        assertThat(byName.issuer()).isEqualTo("湖南省人力资源和社会保障厅");
    }
}

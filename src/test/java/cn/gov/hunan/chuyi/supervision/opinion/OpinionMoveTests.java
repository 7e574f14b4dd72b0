package cn.gov.hunan.chuyi.supervision.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The opinion's table, walked move × state × role (and the portal's own job, role null) through the opinion itself. */
class OpinionMoveTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate REPLY_BY = TODAY.plusDays(7);

    /** What the procedure allows, written out independently of the table. */
    static final Set<String> ALLOWED = Set.of(
            "AMEND PRELIMINARY INSPECTOR",
            "REPLY PRELIMINARY CITY_OFFICER",
            "REPLY PRELIMINARY SCHOOL_ADMIN",
            "FINALISE PRELIMINARY INSPECTOR",
            "FINALISE REPLIED INSPECTOR",
            "ISSUE FINAL PROVINCE_ADMIN");

    static Stream<Arguments> everyMoveStateAndRole() {
        List<Arguments> all = new ArrayList<>();
        List<Role> roles = new ArrayList<>(Arrays.asList(Role.values()));
        roles.add(null);
        for (OpinionMove move : OpinionMove.values()) {
            for (OpinionStatus status : OpinionStatus.values()) {
                roles.forEach(role -> all.add(Arguments.of(move, status, role)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1} as {2}")
    @MethodSource("everyMoveStateAndRole")
    void aMoveIsMadeOnlyFromItsStatesByItsRoles(OpinionMove move, OpinionStatus status, Role role) {
        Opinion opinion = in(status);
        boolean allowed = ALLOWED.contains(move + " " + status + " " + role);
        assertThat(move.allowedFrom(status) && move.mayBeMadeBy(role)).isEqualTo(allowed);
        // finalising an unanswered opinion waits for its reply date: make the moves after it
        LocalDate day = move == OpinionMove.FINALISE ? REPLY_BY.plusDays(1) : TODAY;
        if (allowed) {
            make(opinion, move, role, day);
            assertThat(opinion.status()).isEqualTo(move.to());
        } else {
            assertThatThrownBy(() -> make(opinion, move, role, day))
                    .isInstanceOf(MoveRejected.class)
                    .hasMessage(OpinionMove.REFUSAL);
            assertThat(opinion.status()).isEqualTo(status);
        }
    }

    @Test
    void noMoveIsTheScheduledJobsAndOnlyIssuingEndsIt() {
        assertThat(OpinionMove.values()).noneMatch(OpinionMove::scheduled);
        assertThat(OpinionMove.values())
                .filteredOn(m -> m.to() == OpinionStatus.ISSUED)
                .containsExactly(OpinionMove.ISSUE);
        assertThat(OpinionMove.values()).noneMatch(m -> m.allowedFrom(OpinionStatus.ISSUED));
    }

    @Test
    void theBodyRepliesUntilTheReplyDateAndTheLeadFinalisesAnUnansweredOpinionOnlyAfterIt() {
        Opinion late = in(OpinionStatus.PRELIMINARY);
        assertThatThrownBy(() -> late.reply(Role.CITY_OFFICER, "申辩", REPLY_BY.plusDays(1), "loudi", Instant.now()))
                .isInstanceOf(OpinionRejected.class)
                .hasMessage("supervision.opinion.error.replyClosed");
        assertThat(late.replyOpen(REPLY_BY)).isTrue();
        assertThat(late.replyOpen(REPLY_BY.plusDays(1))).isFalse();

        Opinion early = in(OpinionStatus.PRELIMINARY);
        assertThatThrownBy(() -> early.finalise(Role.INSPECTOR, REPLY_BY, "lead", Instant.now()))
                .isInstanceOf(OpinionRejected.class)
                .hasMessage("supervision.opinion.error.replyOpen");
        assertThat(early.replyWindowOver(REPLY_BY)).isFalse();
        Opinion replied = in(OpinionStatus.REPLIED);
        assertThat(replied.replyWindowOver(TODAY)).isTrue();
        replied.finalise(Role.INSPECTOR, TODAY, "lead", Instant.now());
        assertThat(replied.status()).isEqualTo(OpinionStatus.FINAL);
    }

    @Test
    void issuingNeedsANumberOfItsYearAnEvaluationAndAGrade() {
        Opinion wrongYear = in(OpinionStatus.FINAL);
        assertThatThrownBy(() -> wrongYear.issue(
                        Role.PROVINCE_ADMIN,
                        DocumentNumber.parse("湘教督〔2025〕3号"),
                        "评价",
                        "PASS",
                        BigDecimal.TEN,
                        TODAY,
                        "admin",
                        Instant.now()))
                .isInstanceOf(OpinionRejected.class)
                .hasMessage("supervision.opinion.error.numberYear");
        Opinion blank = in(OpinionStatus.FINAL);
        assertThatThrownBy(() -> blank.issue(
                        Role.PROVINCE_ADMIN,
                        DocumentNumber.parse("湘教督〔2026〕3号"),
                        " ",
                        "PASS",
                        BigDecimal.TEN,
                        TODAY,
                        "admin",
                        Instant.now()))
                .isInstanceOf(OpinionRejected.class)
                .hasMessage("supervision.opinion.error.evaluation");
        Opinion ungraded = in(OpinionStatus.FINAL);
        assertThatThrownBy(() -> ungraded.issue(
                        Role.PROVINCE_ADMIN,
                        DocumentNumber.parse("湘教督〔2026〕3号"),
                        "评价",
                        null,
                        null,
                        TODAY,
                        "admin",
                        Instant.now()))
                .isInstanceOf(OpinionRejected.class)
                .hasMessage("supervision.opinion.error.ungraded");
        assertThat(ungraded.status()).isEqualTo(OpinionStatus.FINAL);
    }

    @Test
    void aReplyDateInThePastIsRefused() {
        assertThatThrownBy(() -> new Opinion(1L, "意见", TODAY.minusDays(1), TODAY, "lead", Instant.now()))
                .isInstanceOf(OpinionRejected.class)
                .hasMessage("supervision.opinion.error.replyBy");
    }

    /** An opinion in {@code status}, reached through its own moves. */
    static Opinion in(OpinionStatus status) {
        Opinion opinion = new Opinion(1L, "初步意见", REPLY_BY, TODAY, "lead", Instant.now());
        if (status == OpinionStatus.PRELIMINARY) {
            return opinion;
        }
        opinion.reply(Role.CITY_OFFICER, "申辩", TODAY, "loudi", Instant.now());
        if (status == OpinionStatus.REPLIED) {
            return opinion;
        }
        opinion.finalise(Role.INSPECTOR, TODAY, "lead", Instant.now());
        if (status == OpinionStatus.FINAL) {
            return opinion;
        }
        opinion.issue(
                Role.PROVINCE_ADMIN,
                DocumentNumber.parse("湘教督〔2026〕1号"),
                "评价",
                "PASS",
                BigDecimal.TEN,
                TODAY,
                "admin",
                Instant.now());
        return opinion;
    }

    /** Each move through the opinion, with input it accepts, so only the table can refuse it. */
    private static void make(Opinion opinion, OpinionMove move, Role role, LocalDate day) {
        switch (move) {
            case AMEND -> opinion.amend(role, "修改", REPLY_BY, TODAY, "lead", Instant.now());
            case REPLY -> opinion.reply(role, "申辩", TODAY, "loudi", Instant.now());
            case FINALISE -> opinion.finalise(role, day, "lead", Instant.now());
            case ISSUE ->
                opinion.issue(
                        role,
                        DocumentNumber.parse("湘教督〔2026〕2号"),
                        "评价",
                        "PASS",
                        BigDecimal.TEN,
                        TODAY,
                        "admin",
                        Instant.now());
        }
    }
}

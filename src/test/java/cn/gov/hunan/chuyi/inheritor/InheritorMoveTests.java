package cn.gov.hunan.chuyi.inheritor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The inheritor's table, walked move × state × role through the entity; what each move needs; what pages offer. */
class InheritorMoveTests {

    @ParameterizedTest
    @EnumSource(InheritorMove.class)
    void eachMoveIsMadeOnlyFromItsStatesAndOnlyByItsRole(InheritorMove move) {
        for (InheritorStatus status : InheritorStatus.values()) {
            for (Role role : Role.values()) {
                var person = Inheritors.in(status);
                boolean allowed = move.from().contains(status) && move.who().contains(role);
                if (allowed) {
                    assertThat(person.move(move, role, 2026, "理由")).isEqualTo(status);
                    assertThat(person.status()).isEqualTo(move.to());
                } else {
                    assertThatThrownBy(() -> person.move(move, role, 2026, "理由"))
                            .as("%s from %s by %s", move, status, role)
                            .isInstanceOf(MoveRejected.class)
                            .hasMessage("inheritor.error.transition");
                    assertThat(person.status()).isEqualTo(status);
                }
            }
        }
    }

    @Test
    void theDepartmentDecidesAndTheSchoolWithdrawsOnlyWhileUndecided() {
        assertThat(InheritorMove.RECOGNISE.who()).containsExactly(Role.PROVINCE_ADMIN);
        assertThat(InheritorMove.WITHDRAW.who()).containsExactly(Role.SCHOOL_ADMIN);
        assertThat(InheritorMove.WITHDRAW.from()).containsExactly(InheritorStatus.NOMINATED);
        assertThat(InheritorMove.REVOKE.from()).containsExactly(InheritorStatus.RECOGNISED);
        for (InheritorMove move : InheritorMove.values()) {
            assertThat(move.allowedFrom(InheritorStatus.REVOKED))
                    .as("nothing leaves REVOKED")
                    .isFalse();
        }
    }

    @Test
    void aRecognitionNeedsItsYearAndADeclineItsReason() {
        var person = Inheritors.nominated();
        assertThatThrownBy(() -> person.move(InheritorMove.RECOGNISE, Role.PROVINCE_ADMIN, null, null))
                .hasMessage("inheritor.error.recognisedYear");
        assertThatThrownBy(() -> person.move(InheritorMove.RECOGNISE, Role.PROVINCE_ADMIN, 1999, null))
                .hasMessage("inheritor.error.recognisedYear");
        assertThatThrownBy(() -> person.move(InheritorMove.DECLINE, Role.PROVINCE_ADMIN, null, " "))
                .isInstanceOf(InheritorRejected.class)
                .hasMessage("inheritor.error.reason");
        assertThat(person.status()).isEqualTo(InheritorStatus.NOMINATED);
        person.move(InheritorMove.DECLINE, Role.PROVINCE_ADMIN, null, "事迹不够突出");
        assertThat(person.status()).isEqualTo(InheritorStatus.DECLINED);
    }

    @Test
    void thePageOffersTheSchoolsMovesOnlyToTheNominatingSchool() {
        var school = user(Role.SCHOOL_ADMIN);
        assertThat(InheritorService.offered(InheritorMove.WITHDRAW, InheritorStatus.NOMINATED, school, true))
                .isTrue();
        assertThat(InheritorService.offered(InheritorMove.WITHDRAW, InheritorStatus.NOMINATED, school, false))
                .isFalse();
        assertThat(InheritorService.offered(InheritorMove.RECOGNISE, InheritorStatus.NOMINATED, school, true))
                .isFalse();
        assertThat(InheritorService.mayAddAward(InheritorStatus.NOMINATED, school, true))
                .isTrue();
        assertThat(InheritorService.mayAddAward(InheritorStatus.NOMINATED, school, false))
                .isFalse();
        assertThat(InheritorService.mayAddAward(InheritorStatus.RECOGNISED, school, true))
                .isFalse();
    }

    @Test
    void thePageOffersTheDepartmentItsDecisionsWhateverTheSchool() {
        var admin = user(Role.PROVINCE_ADMIN);
        assertThat(InheritorService.offered(InheritorMove.RECOGNISE, InheritorStatus.NOMINATED, admin, false))
                .isTrue();
        assertThat(InheritorService.offered(InheritorMove.DECLINE, InheritorStatus.NOMINATED, admin, false))
                .isTrue();
        assertThat(InheritorService.offered(InheritorMove.REVOKE, InheritorStatus.NOMINATED, admin, false))
                .isFalse();
        assertThat(InheritorService.offered(InheritorMove.REVOKE, InheritorStatus.RECOGNISED, admin, false))
                .isTrue();
        assertThat(InheritorService.offered(InheritorMove.WITHDRAW, InheritorStatus.NOMINATED, admin, true))
                .isFalse();
        var city = user(Role.CITY_OFFICER);
        for (InheritorMove move : InheritorMove.values()) {
            for (InheritorStatus status : InheritorStatus.values()) {
                assertThat(InheritorService.offered(move, status, city, true))
                        .as("a city only reads")
                        .isFalse();
            }
        }
    }

    @Test
    void anotherCompetitionMustBeNamed() {
        var form = new AwardForm();
        form.setCompetition(Competition.OTHER);
        form.setAwardYear(2024);
        form.setLevel(AwardLevel.CITY);
        form.setAward("一等奖");
        assertThatThrownBy(() -> new Award(1L, form)).hasMessage("inheritor.error.competitionName");
        form.setCompetitionName("全国职业院校技能大赛");
        Assertions.assertThatCode(() -> new Award(1L, form)).doesNotThrowAnyException();
    }

    private static PortalUser user(Role role) {
        return new PortalUser(1L, "u", "u", "", true, Set.of(role), "430100", 1L);
    }
}

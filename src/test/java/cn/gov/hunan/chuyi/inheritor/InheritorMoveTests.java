package cn.gov.hunan.chuyi.inheritor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The inheritor state machine: which move from which state, for whom, with what it needs. */
class InheritorStatusTests {

    private static Inheritor nominated() {
        var form = new NominationForm();
        form.setName("测试");
        form.setPosition("教师");
        form.setAchievements("事迹");
        return new Inheritor(1L, form, "xhcy", Instant.now());
    }

    @Test
    void theDepartmentDecidesAndTheSchoolWithdrawsOnlyWhileUndecided() {
        assertThat(InheritorStatus.Move.RECOGNISE.role).isEqualTo(Role.PROVINCE_ADMIN);
        assertThat(InheritorStatus.Move.WITHDRAW.role).isEqualTo(Role.SCHOOL_ADMIN);
        var person = nominated();
        assertThat(person.move(InheritorStatus.Move.RECOGNISE, 2026, null)).isEqualTo(InheritorStatus.NOMINATED);
        assertThat(person.status()).isEqualTo(InheritorStatus.RECOGNISED);
        assertThatThrownBy(() -> person.move(InheritorStatus.Move.WITHDRAW, null, null))
                .hasMessage("inheritor.error.transition");
        assertThatThrownBy(() -> person.move(InheritorStatus.Move.DECLINE, null, "理由"))
                .hasMessage("inheritor.error.transition");
        person.move(InheritorStatus.Move.REVOKE, null, "事迹不实");
        assertThat(person.status()).isEqualTo(InheritorStatus.REVOKED);
        for (var move : InheritorStatus.Move.values()) {
            assertThatThrownBy(() -> person.move(move, 2026, "x")).as("nothing leaves REVOKED")
                    .hasMessage("inheritor.error.transition");
        }
    }

    @Test
    void aRecognitionNeedsItsYearAndADeclineItsReason() {
        var person = nominated();
        assertThatThrownBy(() -> person.move(InheritorStatus.Move.RECOGNISE, null, null))
                .hasMessage("inheritor.error.recognisedYear");
        assertThatThrownBy(() -> person.move(InheritorStatus.Move.RECOGNISE, 1999, null))
                .hasMessage("inheritor.error.recognisedYear");
        assertThatThrownBy(() -> person.move(InheritorStatus.Move.DECLINE, null, " "))
                .hasMessage("inheritor.error.reason");
        assertThat(person.status()).isEqualTo(InheritorStatus.NOMINATED);
        person.move(InheritorStatus.Move.DECLINE, null, "事迹不够突出");
        assertThat(person.status()).isEqualTo(InheritorStatus.DECLINED);
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
}

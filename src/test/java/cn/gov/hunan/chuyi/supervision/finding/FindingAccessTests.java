package cn.gov.hunan.chuyi.supervision.finding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.People;
import cn.gov.hunan.chuyi.supervision.task.Inspections;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Who sees a finding, who may record one, answer it and verify the answer (issue #4), and what its page offers in
 * each state.
 */
class FindingAccessTests {

    private final FindingAccess access = new FindingAccess();

    @Test
    void onlyInspectorsOfTheTeamRecordAndVerify() {
        var task = Inspections.loudi();
        assertThat(access.onTeam(People.inspector(Inspections.LEAD), task)).isTrue();
        assertThat(access.onTeam(People.inspector(Inspections.MEMBER), task)).isTrue();
        assertThat(access.onTeam(People.inspector(99), task)).as("another team").isFalse();
        assertThat(access.onTeam(People.admin(), task))
                .as("province staff watch")
                .isFalse();
        assertThat(access.onTeam(People.withRoles(Role.CITY_OFFICER), task)).isFalse();
    }

    @Test
    void anItemIsTheNamedSchoolsToAnswerElseTheCitys() {
        Finding city = Findings.open();
        Finding school = Findings.forSchool(7);
        assertThat(access.isAddressedTo(People.city(People.LOUDI), city)).isTrue();
        assertThat(access.isAddressedTo(People.city(People.CHANGSHA), city)).isFalse();
        assertThat(access.isAddressedTo(People.school(7, People.LOUDI), city)).isFalse();
        assertThat(access.isAddressedTo(People.school(7, People.LOUDI), school)).isTrue();
        assertThat(access.isAddressedTo(People.school(8, People.LOUDI), school)).isFalse();
        assertThat(access.isAddressedTo(People.city(People.LOUDI), school))
                .as("the city does not answer for a school")
                .isFalse();
    }

    @Test
    void whoSeesAnItem() {
        var task = Inspections.loudi();
        Finding school = Findings.forSchool(7);
        assertThat(access.maySee(People.admin(), school, task)).isTrue();
        assertThat(access.maySee(People.inspector(Inspections.MEMBER), school, task))
                .isTrue();
        assertThat(access.maySee(People.city(People.LOUDI), school, task))
                .as("its city follows it")
                .isTrue();
        assertThat(access.maySee(People.school(7, People.LOUDI), school, task)).isTrue();
        assertThat(access.maySee(People.school(8, People.LOUDI), school, task)).isFalse();
        assertThat(access.maySee(People.city(People.CHANGSHA), school, task)).isFalse();
        assertThat(access.maySee(People.inspector(99), school, task)).isFalse();
    }

    @Test
    void thePageOffersTheAnswerWhileOneIsOwedAndTheCheckOnceAnswered() {
        var task = Inspections.loudi();
        var city = People.city(People.LOUDI);
        var inspector = People.inspector(Inspections.MEMBER);
        for (FindingStatus status : FindingStatus.values()) {
            Finding finding = Findings.in(status);
            boolean owesAnswer = status == FindingStatus.OPEN || status == FindingStatus.REJECTED;
            assertThat(access.mayAnswer(city, finding)).as("answer %s", status).isEqualTo(owesAnswer);
            assertThat(access.mayVerify(inspector, finding, task))
                    .as("verify %s", status)
                    .isEqualTo(status == FindingStatus.ANSWERED);
            assertThat(access.mayAnswer(inspector, finding)).isFalse();
            assertThat(access.mayVerify(city, finding, task)).isFalse();
            assertThat(access.mayVerify(People.inspector(99), finding, task)).isFalse();
        }
    }

    @Test
    void aSentBackItemPastItsDeadlineIsOverdueAtOnce() {
        Finding finding = Findings.open();
        finding.answer(Role.CITY_OFFICER, "已整改", Instant.now());
        finding.review(Role.INSPECTOR, false, "材料不全", Findings.DEADLINE.plusDays(1));
        assertThat(finding.overdue()).isTrue();
        assertThat(finding.markOverdueIfDue(Findings.DEADLINE.plusDays(2)))
                .as("already flagged")
                .isFalse();
    }
}

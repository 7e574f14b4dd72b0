package cn.gov.hunan.chuyi.supervision.finding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.People;
import cn.gov.hunan.chuyi.supervision.task.Inspections;
import org.junit.jupiter.api.Test;

/**
 * Who opens a task's rectification page — the one rule behind both the page's "not found" and the task page's link
 * to it: province staff and the task's team oversee it, its city answers for it; no school, no other city or team.
 */
class CityRectificationAccessTests {

    private final FindingAccess access = new FindingAccess();

    @Test
    void theOverseersAndTheCityOpenTheRectificationPageNobodyElse() {
        var task = Inspections.loudi();
        assertThat(access.maySeeCityRectification(People.admin(), task)).isTrue();
        assertThat(access.maySeeCityRectification(People.inspector(Inspections.LEAD), task))
                .isTrue();
        assertThat(access.maySeeCityRectification(People.inspector(Inspections.MEMBER), task))
                .isTrue();
        assertThat(access.maySeeCityRectification(People.city(People.LOUDI), task))
                .isTrue();
        assertThat(access.maySeeCityRectification(People.inspector(99), task))
                .as("another team")
                .isFalse();
        assertThat(access.maySeeCityRectification(People.city(People.CHANGSHA), task))
                .as("another city")
                .isFalse();
        assertThat(access.maySeeCityRectification(People.school(7, People.LOUDI), task))
                .as("a school of the city")
                .isFalse();
        assertThat(access.maySeeCityRectification(People.withRoles(Role.AUDITOR), task))
                .isFalse();
    }
}

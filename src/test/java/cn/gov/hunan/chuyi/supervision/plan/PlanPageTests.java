package cn.gov.hunan.chuyi.supervision.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.People;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a plan's page offers: start a draft, publish and assign teams while it runs, nothing once published. */
class PlanPageTests {

    private static PlanPage page(PlanStatus status, PortalUser viewer) {
        return PlanPage.of(Plans.view(status, "CITIES"), List.of(), List.of(), List.of(), viewer);
    }

    @Test
    void eachStateOffersItsMoves() {
        var admin = People.admin();
        assertThat(page(PlanStatus.DRAFT, admin))
                .extracting(PlanPage::mayActivate, PlanPage::mayPublish, PlanPage::mayAssignTeams)
                .containsExactly(true, false, false);
        assertThat(page(PlanStatus.ACTIVE, admin))
                .extracting(PlanPage::mayActivate, PlanPage::mayPublish, PlanPage::mayAssignTeams)
                .containsExactly(false, true, true);
        assertThat(page(PlanStatus.PUBLISHED, admin))
                .extracting(PlanPage::mayActivate, PlanPage::mayPublish, PlanPage::mayAssignTeams)
                .containsExactly(false, false, false);
    }

    @Test
    void onlyProvinceStaffAreOfferedAMove() {
        var auditor = People.withRoles(Role.AUDITOR);
        assertThat(page(PlanStatus.DRAFT, auditor).mayActivate()).isFalse();
        assertThat(page(PlanStatus.ACTIVE, auditor).mayPublish()).isFalse();
    }

    @Test
    void theScopeIsAskedNotCompared() {
        assertThat(Plans.view(PlanStatus.DRAFT, "CITIES").schoolsOnly()).isFalse();
        assertThat(Plans.view(PlanStatus.DRAFT, "SCHOOLS").schoolsOnly()).isTrue();
    }
}

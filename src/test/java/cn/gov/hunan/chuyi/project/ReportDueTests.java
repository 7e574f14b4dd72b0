package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When an annual report is due and what the status page's filter counts (ReportTracker), and which links and
 * actions the register's pages offer by role (ProjectPages, ReportPage's flags through the report table).
 */
class ReportDueTests {

    private static ReportTracker.OwedReport owed(boolean filed, boolean overdue) {
        return new ReportTracker.OwedReport(
                1L,
                "TRAINING_BASE",
                1L,
                "学校",
                "430100",
                "项目",
                2025,
                ReportTracker.dueDate(2025),
                null,
                null,
                null,
                filed,
                overdue);
    }

    private static PortalUser user(Role role) {
        return new PortalUser(1L, "u", "u", "", true, Set.of(role), "430100", 1L);
    }

    @Test
    void theReportOfAYearIsDueOnTheLastDayOfJanuaryAfterIt() {
        assertThat(ReportTracker.dueDate(2025)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(ReportTracker.dueDate(2024))
                .as("a leap year changes nothing")
                .isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void theFilterSeparatesFiledFromMissingAndOverdueIsMissingPastItsDay() {
        var filed = owed(true, false);
        var missing = owed(false, false);
        var overdue = owed(false, true);
        assertThat(ReportTracker.State.FILED.matches(filed)).isTrue();
        assertThat(ReportTracker.State.FILED.matches(overdue)).isFalse();
        assertThat(ReportTracker.State.MISSING.matches(missing)).isTrue();
        assertThat(ReportTracker.State.MISSING.matches(overdue)).isTrue();
        assertThat(ReportTracker.State.MISSING.matches(filed)).isFalse();
        assertThat(ReportTracker.State.OVERDUE.matches(overdue)).isTrue();
        assertThat(ReportTracker.State.OVERDUE.matches(missing)).isFalse();
    }

    @Test
    void theRegisterOffersRegistrationToTheDepartmentAndReportTrackingToThoseWhoFileOrFollowReports() {
        for (Role role : Role.values()) {
            assertThat(ProjectPages.mayRegister(user(role))).as(role.name()).isEqualTo(role == Role.PROVINCE_ADMIN);
            assertThat(ProjectPages.mayTrackReports(user(role)))
                    .as(role.name())
                    .isEqualTo(Set.of(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.SCHOOL_ADMIN)
                            .contains(role));
        }
    }

    @Test
    void aProjectPageOffersWhatTheProjectTableAllowsToTheDepartmentOnly() {
        for (ProjectStatus status : ProjectStatus.values()) {
            for (Role role : Role.values()) {
                for (ProjectMove move : ProjectMove.values()) {
                    assertThat(Acting.may(user(role), move, status))
                            .as("%s from %s for %s", move, status, role)
                            .isEqualTo(
                                    role == Role.PROVINCE_ADMIN && move.from().contains(status));
                }
            }
        }
    }

    @Test
    void aReportIsOfferedForReviewToTheDepartmentOnceSubmittedAndForSubmissionToTheSchoolWhileEditable() {
        for (ReportStatus status : ReportStatus.values()) {
            assertThat(Acting.may(user(Role.PROVINCE_ADMIN), ReportMove.ACCEPT, status))
                    .as(status.name())
                    .isEqualTo(status == ReportStatus.SUBMITTED);
            assertThat(Acting.may(user(Role.CITY_OFFICER), ReportMove.ACCEPT, status))
                    .isFalse();
            assertThat(Acting.may(user(Role.SCHOOL_ADMIN), ReportMove.SUBMIT, status))
                    .isEqualTo(status.editable());
            assertThat(Acting.may(user(Role.PROVINCE_ADMIN), ReportMove.SUBMIT, status))
                    .isFalse();
        }
    }

    @Test
    void aUserActsInTheRoleTheMoveAdmitsAndOtherwiseInOneTheTableRefuses() {
        var both = new PortalUser(1L, "u", "u", "", true, Set.of(Role.EXPERT, Role.PROVINCE_ADMIN), null, null);
        assertThat(Acting.as(both, ProjectMove.REVOKE)).isEqualTo(Role.PROVINCE_ADMIN);
        assertThat(Acting.as(user(Role.CITY_OFFICER), ProjectMove.REVOKE)).isEqualTo(Role.CITY_OFFICER);
    }
}

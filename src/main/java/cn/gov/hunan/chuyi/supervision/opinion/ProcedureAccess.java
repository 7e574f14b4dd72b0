package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.supervision.task.TaskStatus;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who takes which part of the procedure on a task the viewer may already see: the inspected body (the city bureau of
 * a city's task, the school of a school's task, as for the figures) files the self-evaluation and replies; the team's
 * lead records and finalises the opinion.
 */
@Component
class ProcedureAccess {

    private final AccountDirectory accounts;

    ProcedureAccess(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    static boolean isInspectedBody(PortalUser viewer, TaskView task) {
        if (task.inspectsSchool()) {
            return viewer.has(Role.SCHOOL_ADMIN) && Objects.equals(viewer.organizationId(), task.organizationId());
        }
        return viewer.has(Role.CITY_OFFICER) && Objects.equals(viewer.cityCode(), task.cityCode());
    }

    static boolean isLead(PortalUser viewer, TaskView task) {
        return viewer.has(Role.INSPECTOR) && task.isLead(viewer.id());
    }

    /** Before the visit: the plan runs and the team has not reported. */
    static boolean beforeVisit(TaskView task) {
        return task.planRunning() && task.status() == TaskStatus.PLANNED;
    }

    /** After the visit: the team has reported (the plan may since be published). */
    static boolean afterVisit(TaskView task) {
        return task.status() == TaskStatus.REPORTED;
    }

    /** The accounts of the inspected body, to notify. */
    List<Long> inspectedBody(TaskView task) {
        List<UserSummary> users = task.inspectsSchool()
                ? accounts.actingFor(task.organizationId(), Role.SCHOOL_ADMIN)
                : accounts.cityOfficers(task.cityCode());
        return users.stream().map(UserSummary::id).toList();
    }

    List<Long> provinceStaff() {
        return accounts.withRole(Role.PROVINCE_ADMIN).stream()
                .map(UserSummary::id)
                .toList();
    }
}

package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may see which task (issue #4): province staff all; an inspector its own tasks; a city officer its city's; a
 * school its own task in a plan scoped to schools. Anything else is reported as not found.
 */
@Component
class TaskAccess {

    boolean maySee(PortalUser viewer, InspectionTask task) {
        return viewer.has(Role.PROVINCE_ADMIN)
                || (viewer.has(Role.INSPECTOR) && task.isOnTeam(viewer.id()))
                || (viewer.has(Role.CITY_OFFICER) && task.sameCity(viewer.cityCode()))
                || (viewer.has(Role.SCHOOL_ADMIN)
                        && task.inspectsSchool()
                        && Objects.equals(viewer.organizationId(), task.organizationId()));
    }

    /** Who reports a task's figures: the city bureau for a city task, the school for a school task. */
    boolean mayReportData(PortalUser viewer, InspectionTask task) {
        if (task.inspectsSchool()) {
            return viewer.has(Role.SCHOOL_ADMIN) && Objects.equals(viewer.organizationId(), task.organizationId());
        }
        return viewer.has(Role.CITY_OFFICER) && task.sameCity(viewer.cityCode());
    }
}

package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may see, answer and verify a finding (issue #4): province staff see all; the inspectors of its task see and
 * verify it; a city officer sees its city's; the organisation it is addressed to sees and answers it. Anything else is
 * reported as not found.
 */
@Component
class FindingAccess {

    boolean maySee(PortalUser viewer, Finding finding, TaskView task) {
        return viewer.has(Role.PROVINCE_ADMIN)
                || onTeam(viewer, task)
                || (viewer.has(Role.CITY_OFFICER) && Objects.equals(viewer.cityCode(), finding.cityCode()))
                || isAddressedTo(viewer, finding);
    }

    /** The organisation that must answer: the school named on the finding, else the city's education bureau. */
    boolean isAddressedTo(PortalUser viewer, Finding finding) {
        if (finding.organizationId() != null) {
            return viewer.has(Role.SCHOOL_ADMIN) && Objects.equals(viewer.organizationId(), finding.organizationId());
        }
        return viewer.has(Role.CITY_OFFICER) && Objects.equals(viewer.cityCode(), finding.cityCode());
    }

    /** The inspectors of the task record its findings and verify the answers. */
    boolean onTeam(PortalUser viewer, TaskView task) {
        return viewer.has(Role.INSPECTOR) && task.isOnTeam(viewer.id());
    }

    /** What the finding's page offers to answer: the organisation it is addressed to, while it owes an answer. */
    boolean mayAnswer(PortalUser viewer, Finding finding) {
        return isAddressedTo(viewer, finding)
                && FindingMove.ANSWER.allowedFrom(finding.status())
                && FindingMove.ANSWER.madeAs(viewer) != null;
    }

    /** What the finding's page offers to verify: an inspector of the task, once the item is answered. */
    boolean mayVerify(PortalUser viewer, Finding finding, TaskView task) {
        return onTeam(viewer, task)
                && FindingMove.ACCEPT.allowedFrom(finding.status())
                && FindingMove.ACCEPT.madeAs(viewer) != null;
    }

    // issue 16: the rectification's life after the answer

    /** Who decides on extensions, chases, and re-checks: province staff, or an inspector of the task. */
    boolean oversees(PortalUser viewer, TaskView task) {
        return viewer.has(Role.PROVINCE_ADMIN) || onTeam(viewer, task);
    }

    /** A task's rectification page (the city's items, reports, interviews): those who oversee it, and its city. */
    boolean maySeeCityRectification(PortalUser viewer, TaskView task) {
        return oversees(viewer, task)
                || (viewer.has(Role.CITY_OFFICER) && Objects.equals(viewer.cityCode(), task.cityCode()));
    }

    /** The organisation that owes the answer may ask for a later deadline, one request at a time. */
    boolean mayRequestExtension(PortalUser viewer, Finding finding, boolean pending) {
        return !pending && mayAnswer(viewer, finding);
    }

    boolean mayDecideExtension(PortalUser viewer, TaskView task, boolean pending) {
        return pending && oversees(viewer, task);
    }

    /** 催办 by hand: someone who oversees the item, while its organisation owes an answer. */
    boolean mayChase(PortalUser viewer, Finding finding, TaskView task) {
        return oversees(viewer, task) && finding.owesAnswer();
    }

    /** 销号: province staff, once the inspectors accepted the answer. */
    boolean maySignOff(PortalUser viewer, Finding finding) {
        return FindingMove.SIGN_OFF.allowedFrom(finding.status()) && FindingMove.SIGN_OFF.madeAs(viewer) != null;
    }

    /** 列入复查: someone who oversees a closed item. */
    boolean mayPutToRecheck(PortalUser viewer, Finding finding, TaskView task) {
        return oversees(viewer, task) && FindingMove.PUT_TO_RECHECK.allowedFrom(finding.status());
    }

    /** The re-check's outcome: someone who oversees an item under re-check. */
    boolean mayConcludeRecheck(PortalUser viewer, Finding finding, TaskView task) {
        return oversees(viewer, task) && FindingMove.CONFIRM_CLOSURE.allowedFrom(finding.status());
    }

    /** The role in which an overseer makes a move: province staff as such, else the inspector. */
    static Role overseerRole(PortalUser viewer) {
        return viewer.has(Role.PROVINCE_ADMIN)
                ? Role.PROVINCE_ADMIN
                : viewer.has(Role.INSPECTOR) ? Role.INSPECTOR : null;
    }
}

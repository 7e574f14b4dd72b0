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
        return isAddressedTo(viewer, finding) && FindingMove.ANSWER.allowedFrom(finding.status())
                && FindingMove.ANSWER.madeAs(viewer) != null;
    }

    /** What the finding's page offers to verify: an inspector of the task, once the item is answered. */
    boolean mayVerify(PortalUser viewer, Finding finding, TaskView task) {
        return onTeam(viewer, task) && FindingMove.ACCEPT.allowedFrom(finding.status())
                && FindingMove.ACCEPT.madeAs(viewer) != null;
    }
}

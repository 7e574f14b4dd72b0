package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import java.util.List;

/** A nomination with its experts, for the department's assignment page. */
public record AssignmentLine(
        long nominationId,
        String title,
        String organizationName,
        String cityCode,
        NominationStatus status,
        List<Expert> experts) {

    /** Whether experts may be added to the nomination by hand (it is under review; {@link AssignmentService#assign}). */
    public boolean mayAssign() {
        return status == NominationStatus.UNDER_REVIEW;
    }

    /** One expert on the nomination: status ASSIGNED, SUBMITTED or CONFLICT. */
    public record Expert(long assignmentId, long expertId, String name, String status, String conflictReason) {

        public boolean submitted() {
            return ReviewAssignment.Status.SUBMITTED.name().equals(status);
        }

        public boolean withdrawn() {
            return ReviewAssignment.Status.CONFLICT.name().equals(status);
        }

        /** Whether the department may take the expert off (not after scores went in: {@link AssignmentService#unassign}). */
        public boolean mayUnassign() {
            return ReviewAssignment.Status.ASSIGNED.name().equals(status);
        }
    }
}

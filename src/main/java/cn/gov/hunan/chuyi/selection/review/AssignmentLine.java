package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import java.util.List;

/** A nomination with its experts, for the department's assignment page. */
public record AssignmentLine(long nominationId, String title, String organizationName, String cityCode,
        NominationStatus status, List<Expert> experts) {

    /** One expert on the nomination: status ASSIGNED, SUBMITTED or CONFLICT. */
    public record Expert(long assignmentId, long expertId, String name, String status, String conflictReason) {}
}

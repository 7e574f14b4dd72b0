package cn.gov.hunan.chuyi.selection.batch;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import java.util.List;

/**
 * A batch before (or as) it is applied: the nominations it changes and those it leaves, each with its reason. The
 * confirmation page shows it; applying makes the plan again inside the transaction and carries it out.
 */
public record BatchPlan(BatchAction action, String reason, List<Line> changes, List<Skip> skipped) {

    /** A nomination the batch changes. */
    public record Line(long id, String title, String organizationName, NominationStatus status) {}

    /**
     * A nomination the batch leaves, with the message key of the reason; title and state are null for one the
     * viewer may not see (the page names only its number), {@code limit} is the city's limit where that is the reason.
     */
    public record Skip(long id, String title, NominationStatus status, String reasonKey, Integer limit) {}

    /** Whether anything would change (the confirmation page offers to apply only then). */
    public boolean mayApply() {
        return !changes.isEmpty();
    }

    public int changeCount() {
        return changes.size();
    }

    public int skipCount() {
        return skipped.size();
    }
}

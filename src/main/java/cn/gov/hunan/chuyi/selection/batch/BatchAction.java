package cn.gov.hunan.chuyi.selection.batch;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.selection.nomination.NominationMove;
import java.util.Arrays;
import java.util.List;

/**
 * What may be done to many nominations at once from the list (批量处理), each through one move of {@link
 * NominationMove}: the batch never changes a state any other way.
 */
public enum BatchAction {
    MARK_ELIGIBLE(NominationMove.MARK_ELIGIBLE, false),
    MARK_INELIGIBLE(NominationMove.MARK_INELIGIBLE, true),
    RECOMMEND(NominationMove.RECOMMEND, false),
    RETURN_TO_SCHOOL(NominationMove.RETURN_TO_SCHOOL, true),
    /** gives each selected nomination its experts; an eligible one starts its review first */
    ASSIGN_EXPERTS(NominationMove.START_REVIEW, false);

    private final NominationMove move;
    private final boolean needsReason;

    BatchAction(NominationMove move, boolean needsReason) {
        this.move = move;
        this.needsReason = needsReason;
    }

    public NominationMove move() {
        return move;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** Whether the action gives experts (the list then also offers the upload of an assignment sheet). */
    public boolean assigns() {
        return this == ASSIGN_EXPERTS;
    }

    /** The role that makes the move (the table's). */
    public Role role() {
        return move.who().iterator().next();
    }

    /** The actions the list offers to the viewer: those whose move the viewer's role makes. */
    public static List<BatchAction> offeredTo(PortalUser viewer) {
        return Arrays.stream(values()).filter(a -> viewer.has(a.role())).toList();
    }
}

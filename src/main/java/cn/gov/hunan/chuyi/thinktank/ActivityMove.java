package cn.gov.hunan.chuyi.thinktank;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The think-tank activity's table: a recorded activity may be cancelled, with a reason, by the department or the
 * think-tank's own administrators (which school that is — the one designated as the think-tank — is the service's
 * object-level rule, beside the table). A cancelled activity is kept and changes no more.
 */
public enum ActivityMove implements Move<ActivityState, Role> {
    CANCEL(
            EnumSet.of(ActivityState.RECORDED),
            ActivityState.CANCELLED,
            EnumSet.of(Role.PROVINCE_ADMIN, Role.SCHOOL_ADMIN));

    private final Set<ActivityState> from;
    private final ActivityState to;
    private final Set<Role> who;

    ActivityMove(Set<ActivityState> from, ActivityState to, Set<Role> who) {
        this.from = from;
        this.to = to;
        this.who = who;
    }

    @Override
    public Set<ActivityState> from() {
        return from;
    }

    @Override
    public ActivityState to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }
}

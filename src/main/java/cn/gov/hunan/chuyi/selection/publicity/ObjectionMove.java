package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The table of an objection's moves: province staff uphold or reject an open objection, once. {@link Objection#resolve}
 * is the one place an objection changes state.
 */
public enum ObjectionMove implements Move<ObjectionStatus, Role> {
    UPHOLD(ObjectionStatus.UPHELD),
    REJECT(ObjectionStatus.REJECTED);

    private static final Set<ObjectionStatus> OPEN = EnumSet.of(ObjectionStatus.OPEN);
    private static final Set<Role> DEPARTMENT = Set.of(Role.PROVINCE_ADMIN);

    private final ObjectionStatus to;

    ObjectionMove(ObjectionStatus to) {
        this.to = to;
    }

    /** The move of a disposition: upheld or not. */
    public static ObjectionMove of(boolean upheld) {
        return upheld ? UPHOLD : REJECT;
    }

    @Override
    public Set<ObjectionStatus> from() {
        return OPEN;
    }

    @Override
    public ObjectionStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return DEPARTMENT;
    }
}

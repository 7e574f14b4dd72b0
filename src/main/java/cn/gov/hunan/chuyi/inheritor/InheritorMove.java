package cn.gov.hunan.chuyi.inheritor;

import static cn.gov.hunan.chuyi.inheritor.InheritorStatus.DECLINED;
import static cn.gov.hunan.chuyi.inheritor.InheritorStatus.NOMINATED;
import static cn.gov.hunan.chuyi.inheritor.InheritorStatus.RECOGNISED;
import static cn.gov.hunan.chuyi.inheritor.InheritorStatus.REVOKED;
import static cn.gov.hunan.chuyi.inheritor.InheritorStatus.WITHDRAWN;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The inheritor's table: the school nominates (the nomination starts NOMINATED) and may withdraw while undecided;
 * the department recognises or declines, and may revoke a recognition. Which school may withdraw (its own only) is
 * the service's object-level rule, beside the table.
 */
public enum InheritorMove implements Move<InheritorStatus, Role> {
    RECOGNISE(EnumSet.of(NOMINATED), RECOGNISED, Role.PROVINCE_ADMIN),
    DECLINE(EnumSet.of(NOMINATED), DECLINED, Role.PROVINCE_ADMIN),
    WITHDRAW(EnumSet.of(NOMINATED), WITHDRAWN, Role.SCHOOL_ADMIN),
    REVOKE(EnumSet.of(RECOGNISED), REVOKED, Role.PROVINCE_ADMIN);

    private final Set<InheritorStatus> from;
    private final InheritorStatus to;
    private final Set<Role> who;

    InheritorMove(Set<InheritorStatus> from, InheritorStatus to, Role who) {
        this.from = from;
        this.to = to;
        this.who = EnumSet.of(who);
    }

    @Override
    public Set<InheritorStatus> from() {
        return from;
    }

    @Override
    public InheritorStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }

    /** Whether the move needs a written reason (every move against the nominee does). */
    boolean needsReason() {
        return this == DECLINE || this == REVOKE;
    }

    /** Whether the school makes the move (on its own nomination only), not the department. */
    boolean bySchool() {
        return who.contains(Role.SCHOOL_ADMIN);
    }
}

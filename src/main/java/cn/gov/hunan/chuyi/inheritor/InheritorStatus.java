package cn.gov.hunan.chuyi.inheritor;

import cn.gov.hunan.chuyi.account.Role;
import java.util.Map;
import java.util.Set;

/**
 * The life of a nominated person, and the one place that says which move is allowed from which state and for
 * whom: the school nominates and may withdraw while undecided; the department recognises or declines, and may
 * revoke a recognition.
 */
public enum InheritorStatus {
    /** 已推荐，待认定 */
    NOMINATED,
    /** 已认定 */
    RECOGNISED,
    /** 未予认定 */
    DECLINED,
    /** 学校撤回 */
    WITHDRAWN,
    /** 撤销认定 */
    REVOKED;

    /** A move of the state machine: who may make it, from which states, to which state. */
    enum Move {
        RECOGNISE(Role.PROVINCE_ADMIN, Set.of(NOMINATED), RECOGNISED),
        DECLINE(Role.PROVINCE_ADMIN, Set.of(NOMINATED), DECLINED),
        WITHDRAW(Role.SCHOOL_ADMIN, Set.of(NOMINATED), WITHDRAWN),
        REVOKE(Role.PROVINCE_ADMIN, Set.of(RECOGNISED), REVOKED);

        final Role role;
        final Set<InheritorStatus> from;
        final InheritorStatus to;

        Move(Role role, Set<InheritorStatus> from, InheritorStatus to) {
            this.role = role;
            this.from = from;
            this.to = to;
        }

        /** Whether a user with these roles, of the nominating school or not, may make this move from the state. */
        boolean allowed(InheritorStatus from, Set<Role> roles, boolean ownSchool) {
            return this.from.contains(from) && roles.contains(role) && (role != Role.SCHOOL_ADMIN || ownSchool);
        }

        /** Whether the move needs a written reason (every move against the nominee does). */
        boolean needsReason() {
            return this == DECLINE || this == REVOKE;
        }
    }

    static final Map<String, Move> BY_NAME = Map.of(
            "RECOGNISE", Move.RECOGNISE, "DECLINE", Move.DECLINE, "WITHDRAW", Move.WITHDRAW, "REVOKE", Move.REVOKE);
}

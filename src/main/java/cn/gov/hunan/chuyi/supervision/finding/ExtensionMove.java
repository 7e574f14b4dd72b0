package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The decisions on an extension request (延期): an inspector of the task or province staff approves it (the item's
 * deadline moves to the proposed date) or refuses it (the deadline stays). Which inspector is the service's check.
 * The request itself is made by the organisation that owes the answer, while it owes it ({@link FindingMove#ANSWER}).
 * A request still pending when the item is answered lapses ({@link #LAPSE}): the portal withdraws it with the answer.
 */
public enum ExtensionMove implements Move<ExtensionStatus, Role> {
    /** 批准延期 */
    APPROVE(
            EnumSet.of(ExtensionStatus.PENDING),
            ExtensionStatus.APPROVED,
            EnumSet.of(Role.INSPECTOR, Role.PROVINCE_ADMIN)),
    /** 不予延期 */
    REFUSE(
            EnumSet.of(ExtensionStatus.PENDING),
            ExtensionStatus.REFUSED,
            EnumSet.of(Role.INSPECTOR, Role.PROVINCE_ADMIN)),
    /** 自动撤回: the item was answered while the request waited; made by the portal with the answer, by no role */
    LAPSE(EnumSet.of(ExtensionStatus.PENDING), ExtensionStatus.WITHDRAWN, EnumSet.noneOf(Role.class));

    /** Said when the request was decided since the page was shown. */
    static final String REFUSAL = "supervision.extension.error.state";

    private final Set<ExtensionStatus> from;
    private final ExtensionStatus to;
    private final Set<Role> who;

    ExtensionMove(Set<ExtensionStatus> from, ExtensionStatus to, Set<Role> who) {
        this.from = from;
        this.to = to;
        this.who = who;
    }

    @Override
    public Set<ExtensionStatus> from() {
        return from;
    }

    @Override
    public ExtensionStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }

    /** The portal's own move (no role makes it): {@link #LAPSE}, made when the item is answered. */
    @Override
    public boolean scheduled() {
        return who.isEmpty();
    }

    Role madeAs(PortalUser user) {
        return who.stream().filter(user::has).findFirst().orElse(null);
    }
}

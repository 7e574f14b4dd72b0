package cn.gov.hunan.chuyi.supervision.bulletin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The bulletin's table of moves: province staff issue it, once. That the year's results are published first is the
 * service's check (as publishing a plan needs every task reported).
 */
public enum BulletinMove implements Move<BulletinStatus, Role> {
    /** 发布通报: the lines are copied from the published results and frozen; cannot be undone */
    PUBLISH(BulletinStatus.NOT_ISSUED, BulletinStatus.ISSUED);

    /** Said when the table refuses the move: the bulletin was issued since the page was shown. */
    static final String REFUSAL = "supervision.bulletin.error.issued";

    private final Set<BulletinStatus> from;
    private final BulletinStatus to;

    BulletinMove(BulletinStatus from, BulletinStatus to) {
        this.from = EnumSet.of(from);
        this.to = to;
    }

    @Override
    public Set<BulletinStatus> from() {
        return from;
    }

    @Override
    public BulletinStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return EnumSet.of(Role.PROVINCE_ADMIN);
    }

    /** Whether {@code user} may make the move from {@code current}: what the page offers. */
    boolean offeredTo(PortalUser user, BulletinStatus current) {
        return allowedFrom(current) && who().stream().anyMatch(user::has);
    }

    /** The role in which {@code user} makes the move, or none (then refused). */
    Role madeAs(PortalUser user) {
        return who().stream().filter(user::has).findFirst().orElse(null);
    }
}

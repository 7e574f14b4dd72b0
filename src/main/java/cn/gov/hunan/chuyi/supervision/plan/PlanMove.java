package cn.gov.hunan.chuyi.supervision.plan;

import static cn.gov.hunan.chuyi.supervision.plan.PlanStatus.ACTIVE;
import static cn.gov.hunan.chuyi.supervision.plan.PlanStatus.DRAFT;
import static cn.gov.hunan.chuyi.supervision.plan.PlanStatus.PUBLISHED;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/** The plan's table of moves: province staff start a draft (its tasks are created) and publish a running plan. */
public enum PlanMove implements Move<PlanStatus, Role> {
    /** 启动: one task per 市州 or chosen school; the plan's indicators and scope are fixed from now on */
    ACTIVATE(DRAFT, ACTIVE),
    /** 发布结果: needs every task reported (checked by the service); everything is frozen */
    PUBLISH(ACTIVE, PUBLISHED);

    /** Said when the table refuses a move (the plan's state has changed since the page was shown). */
    static final String REFUSAL = "supervision.plan.error.state";

    private final Set<PlanStatus> from;
    private final PlanStatus to;

    PlanMove(PlanStatus from, PlanStatus to) {
        this.from = EnumSet.of(from);
        this.to = to;
    }

    @Override
    public Set<PlanStatus> from() {
        return from;
    }

    @Override
    public PlanStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return EnumSet.of(Role.PROVINCE_ADMIN);
    }

    /** Whether {@code user} may make the move on a plan in {@code current}: what the page offers. */
    public boolean offeredTo(PortalUser user, PlanStatus current) {
        return allowedFrom(current) && who().stream().anyMatch(user::has);
    }

    /** The role in which {@code user} makes the move: one of theirs the table names, else none (then refused). */
    Role madeAs(PortalUser user) {
        return who().stream().filter(user::has).findFirst().orElse(null);
    }
}

package cn.gov.hunan.chuyi.supervision.opinion;

import static cn.gov.hunan.chuyi.supervision.opinion.OpinionStatus.FINAL;
import static cn.gov.hunan.chuyi.supervision.opinion.OpinionStatus.ISSUED;
import static cn.gov.hunan.chuyi.supervision.opinion.OpinionStatus.PRELIMINARY;
import static cn.gov.hunan.chuyi.supervision.opinion.OpinionStatus.REPLIED;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The opinion's table. The preliminary opinion is recorded (created) by the team's lead once the task is reported
 * and amended until the inspected body replies; the body replies once, until the reply date; the lead finalises it
 * after the reply or after that date (the entity's check on top of the table); province staff issue it. Issuing
 * cannot be undone: it starts the rectification clock.
 */
public enum OpinionMove implements Move<OpinionStatus, Role> {
    /** 修改初步意见 */
    AMEND(EnumSet.of(PRELIMINARY), PRELIMINARY, Role.INSPECTOR),
    /** 申辩 */
    REPLY(EnumSet.of(PRELIMINARY), REPLIED, Role.CITY_OFFICER, Role.SCHOOL_ADMIN),
    /** 定稿 */
    FINALISE(EnumSet.of(PRELIMINARY, REPLIED), FINAL, Role.INSPECTOR),
    /** 印发督导意见书 */
    ISSUE(EnumSet.of(FINAL), ISSUED, Role.PROVINCE_ADMIN);

    /** Said when the table refuses a move. */
    public static final String REFUSAL = "supervision.opinion.error.state";

    private final Set<OpinionStatus> from;
    private final OpinionStatus to;
    private final Set<Role> who;

    OpinionMove(Set<OpinionStatus> from, OpinionStatus to, Role first, Role... more) {
        this.from = from;
        this.to = to;
        this.who = EnumSet.of(first, more);
    }

    @Override
    public Set<OpinionStatus> from() {
        return from;
    }

    @Override
    public OpinionStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }

    /** The role in which {@code user} makes the move, or none. */
    public Role madeAs(PortalUser user) {
        return who.stream().filter(user::has).findFirst().orElse(null);
    }

    /** Whether the table lets {@code user} make the move on an opinion in {@code current}. */
    public boolean offeredTo(PortalUser user, OpinionStatus current) {
        return allowedFrom(current) && madeAs(user) != null;
    }
}

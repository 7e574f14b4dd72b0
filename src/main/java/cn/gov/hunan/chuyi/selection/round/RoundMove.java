package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.account.Role;
import java.util.EnumSet;
import java.util.Set;

/** A change of a round's state. {@code role} null = only the system (the scheduler) may do it. */
public enum RoundMove {
    OPEN_NOMINATIONS(EnumSet.of(RoundStatus.DRAFT), RoundStatus.OPEN, Role.PROVINCE_ADMIN),
    CLOSE_NOMINATIONS(EnumSet.of(RoundStatus.OPEN), RoundStatus.CITY_REVIEW, Role.PROVINCE_ADMIN),
    START_EXPERT_REVIEW(EnumSet.of(RoundStatus.CITY_REVIEW), RoundStatus.EXPERT_REVIEW, Role.PROVINCE_ADMIN),
    DECIDE(EnumSet.of(RoundStatus.EXPERT_REVIEW), RoundStatus.DECIDED, Role.PROVINCE_ADMIN),
    START_PUBLICITY(EnumSet.of(RoundStatus.DECIDED), RoundStatus.PUBLICITY, Role.PROVINCE_ADMIN),
    CLOSE_ROUND(EnumSet.of(RoundStatus.PUBLICITY), RoundStatus.CLOSED, Role.PROVINCE_ADMIN),
    CANCEL(EnumSet.of(RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CITY_REVIEW, RoundStatus.EXPERT_REVIEW, RoundStatus.DECIDED, RoundStatus.PUBLICITY), RoundStatus.CANCELLED, Role.PROVINCE_ADMIN);

    public final Set<RoundStatus> from;
    public final RoundStatus to;
    final Role role;

    RoundMove(Set<RoundStatus> from, RoundStatus to, Role role) {
        this.from = from;
        this.to = to;
        this.role = role;
    }

    boolean allowedFrom(RoundStatus current) {
        return from.contains(current);
    }
}

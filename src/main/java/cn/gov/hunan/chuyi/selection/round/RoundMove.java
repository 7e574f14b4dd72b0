package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The table of a round's moves: from which states, to which state, and who makes each. {@link Round#move} is the one
 * place a round changes state; the portal's scheduler closes a nomination window through the same table once its end
 * has passed ({@link #scheduled()}).
 */
public enum RoundMove implements Move<RoundStatus, Role> {
    OPEN_NOMINATIONS(EnumSet.of(RoundStatus.DRAFT), RoundStatus.OPEN, false),
    /** by the department before the end of the window, or by the portal once it has passed */
    CLOSE_NOMINATIONS(EnumSet.of(RoundStatus.OPEN), RoundStatus.CITY_REVIEW, true),
    START_EXPERT_REVIEW(EnumSet.of(RoundStatus.CITY_REVIEW), RoundStatus.EXPERT_REVIEW, false),
    /** made by recording the decision on the ranking page, never by the round's buttons */
    DECIDE(EnumSet.of(RoundStatus.EXPERT_REVIEW), RoundStatus.DECIDED, false),
    START_PUBLICITY(EnumSet.of(RoundStatus.DECIDED), RoundStatus.PUBLICITY, false),
    CLOSE_ROUND(EnumSet.of(RoundStatus.PUBLICITY), RoundStatus.CLOSED, false),
    CANCEL(
            EnumSet.of(
                    RoundStatus.DRAFT,
                    RoundStatus.OPEN,
                    RoundStatus.CITY_REVIEW,
                    RoundStatus.EXPERT_REVIEW,
                    RoundStatus.DECIDED,
                    RoundStatus.PUBLICITY),
            RoundStatus.CANCELLED,
            false);

    /** Province staff run rounds; no other role moves one. */
    private static final Set<Role> DEPARTMENT = Set.of(Role.PROVINCE_ADMIN);

    private final Set<RoundStatus> from;
    private final RoundStatus to;
    private final boolean scheduled;

    RoundMove(Set<RoundStatus> from, RoundStatus to, boolean scheduled) {
        this.from = from;
        this.to = to;
        this.scheduled = scheduled;
    }

    @Override
    public Set<RoundStatus> from() {
        return from;
    }

    @Override
    public RoundStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return DEPARTMENT;
    }

    @Override
    public boolean scheduled() {
        return scheduled;
    }
}

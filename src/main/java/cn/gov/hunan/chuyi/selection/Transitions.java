package cn.gov.hunan.chuyi.selection;

import static cn.gov.hunan.chuyi.selection.NominationStatus.*;
import static cn.gov.hunan.chuyi.selection.RoundStatus.*;

import cn.gov.hunan.chuyi.account.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one place that says which state change is allowed, from which states, and for whom. Entities ask
 * it before they change; a refused change is an {@link IllegalTransitionException}.
 */
final class Transitions {

    private Transitions() {}

    /** A change of a round's state. {@code role} null = only the system (the scheduler) may do it. */
    enum RoundMove {
        OPEN_NOMINATIONS(EnumSet.of(RoundStatus.DRAFT), OPEN, Role.PROVINCE_ADMIN),
        CLOSE_NOMINATIONS(EnumSet.of(OPEN), CITY_REVIEW, Role.PROVINCE_ADMIN),
        START_EXPERT_REVIEW(EnumSet.of(CITY_REVIEW), EXPERT_REVIEW, Role.PROVINCE_ADMIN),
        DECIDE(EnumSet.of(EXPERT_REVIEW), DECIDED, Role.PROVINCE_ADMIN),
        START_PUBLICITY(EnumSet.of(DECIDED), PUBLICITY, Role.PROVINCE_ADMIN),
        CLOSE_ROUND(EnumSet.of(PUBLICITY), CLOSED, Role.PROVINCE_ADMIN),
        CANCEL(EnumSet.of(RoundStatus.DRAFT, OPEN, CITY_REVIEW, EXPERT_REVIEW, DECIDED, PUBLICITY), CANCELLED, Role.PROVINCE_ADMIN);

        final Set<RoundStatus> from;
        final RoundStatus to;
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

    /** A change of a nomination's state, and the role that makes it. */
    enum NominationMove {
        SUBMIT(EnumSet.of(NominationStatus.DRAFT, RETURNED), SUBMITTED, Role.SCHOOL_ADMIN),
        /** 省属 schools skip the city step: their submission is recommended at once */
        SUBMIT_PROVINCE_RUN(EnumSet.of(NominationStatus.DRAFT, RETURNED), RECOMMENDED, Role.SCHOOL_ADMIN),
        WITHDRAW(EnumSet.of(NominationStatus.DRAFT, SUBMITTED, RETURNED, RECOMMENDED), WITHDRAWN, Role.SCHOOL_ADMIN),
        RECOMMEND(EnumSet.of(SUBMITTED), RECOMMENDED, Role.CITY_OFFICER),
        RETURN_TO_SCHOOL(EnumSet.of(SUBMITTED), RETURNED, Role.CITY_OFFICER),
        MARK_ELIGIBLE(EnumSet.of(RECOMMENDED, INELIGIBLE), ELIGIBLE, Role.PROVINCE_ADMIN),
        MARK_INELIGIBLE(EnumSet.of(RECOMMENDED, ELIGIBLE), INELIGIBLE, Role.PROVINCE_ADMIN),
        START_REVIEW(EnumSet.of(ELIGIBLE), UNDER_REVIEW, Role.PROVINCE_ADMIN),
        SELECT(EnumSet.of(UNDER_REVIEW), SELECTED, Role.PROVINCE_ADMIN),
        NOT_SELECT(EnumSet.of(UNDER_REVIEW), NOT_SELECTED, Role.PROVINCE_ADMIN),
        REMOVE(EnumSet.of(SELECTED), REMOVED, Role.PROVINCE_ADMIN),
        DESIGNATE(EnumSet.of(SELECTED), DESIGNATED, Role.PROVINCE_ADMIN);

        final Set<NominationStatus> from;
        final NominationStatus to;
        final Role role;

        NominationMove(Set<NominationStatus> from, NominationStatus to, Role role) {
            this.from = from;
            this.to = to;
            this.role = role;
        }

        boolean allowedFrom(NominationStatus current) {
            return from.contains(current);
        }
    }
}

package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The table of a nomination's moves: from which states, to which state, and the role that makes each.
 * {@link Nomination#move} is the one place a nomination changes state.
 */
public enum NominationMove implements Move<NominationStatus, Role> {
    SUBMIT(
            EnumSet.of(NominationStatus.DRAFT, NominationStatus.RETURNED),
            NominationStatus.SUBMITTED,
            Role.SCHOOL_ADMIN),
    /** 省属 schools skip the city step: their submission is recommended at once */
    SUBMIT_PROVINCE_RUN(
            EnumSet.of(NominationStatus.DRAFT, NominationStatus.RETURNED),
            NominationStatus.RECOMMENDED,
            Role.SCHOOL_ADMIN),
    WITHDRAW(
            EnumSet.of(
                    NominationStatus.DRAFT,
                    NominationStatus.SUBMITTED,
                    NominationStatus.RETURNED,
                    NominationStatus.RECOMMENDED),
            NominationStatus.WITHDRAWN,
            Role.SCHOOL_ADMIN),
    RECOMMEND(EnumSet.of(NominationStatus.SUBMITTED), NominationStatus.RECOMMENDED, Role.CITY_OFFICER),
    RETURN_TO_SCHOOL(EnumSet.of(NominationStatus.SUBMITTED), NominationStatus.RETURNED, Role.CITY_OFFICER),
    MARK_ELIGIBLE(
            EnumSet.of(NominationStatus.RECOMMENDED, NominationStatus.INELIGIBLE),
            NominationStatus.ELIGIBLE,
            Role.PROVINCE_ADMIN),
    MARK_INELIGIBLE(
            EnumSet.of(NominationStatus.RECOMMENDED, NominationStatus.ELIGIBLE),
            NominationStatus.INELIGIBLE,
            Role.PROVINCE_ADMIN),
    START_REVIEW(EnumSet.of(NominationStatus.ELIGIBLE), NominationStatus.UNDER_REVIEW, Role.PROVINCE_ADMIN),
    SELECT(EnumSet.of(NominationStatus.UNDER_REVIEW), NominationStatus.SELECTED, Role.PROVINCE_ADMIN),
    NOT_SELECT(EnumSet.of(NominationStatus.UNDER_REVIEW), NominationStatus.NOT_SELECTED, Role.PROVINCE_ADMIN),
    /** an upheld objection takes the nomination off the notice */
    REMOVE(EnumSet.of(NominationStatus.SELECTED), NominationStatus.REMOVED, Role.PROVINCE_ADMIN),
    /** on closing the round */
    DESIGNATE(EnumSet.of(NominationStatus.SELECTED), NominationStatus.DESIGNATED, Role.PROVINCE_ADMIN);

    private final Set<NominationStatus> from;
    private final NominationStatus to;
    private final Set<Role> who;

    NominationMove(Set<NominationStatus> from, NominationStatus to, Role who) {
        this.from = from;
        this.to = to;
        this.who = Set.of(who);
    }

    @Override
    public Set<NominationStatus> from() {
        return from;
    }

    @Override
    public NominationStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }
}

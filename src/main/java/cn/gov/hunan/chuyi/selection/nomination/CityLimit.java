package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * A round may limit how many nominations each city recommends (推荐名额). What counts: the nominations the city has
 * passed on and the department has not yet decided on — recommended, found eligible or ineligible, under review. A
 * returned or withdrawn nomination frees its place.
 */
public final class CityLimit {

    /** The states that hold one of the city's places. */
    public static final Set<NominationStatus> COUNTED = EnumSet.of(
            NominationStatus.RECOMMENDED,
            NominationStatus.ELIGIBLE,
            NominationStatus.INELIGIBLE,
            NominationStatus.UNDER_REVIEW);

    private CityLimit() {}

    /** Whether a city holding {@code counted} places may recommend one more under {@code limit} (null: none). */
    public static boolean allowsAnother(Integer limit, long counted) {
        return limit == null || counted < limit;
    }
}

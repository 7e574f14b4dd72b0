package cn.gov.hunan.chuyi.selection.nomination;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue #18: a nomination is submitted with the page its unit signed and sealed (单位盖章). The school prints the
 * finished 申报书, signs and seals it, uploads the page, then submits; a submission that lacks content as well is told
 * everything at once, the sealed page among the missing parts, so that the school does not learn of one gap per try.
 */
final class SealedPageRule {

    /** The refusal when the sealed page is all that is missing. */
    static final String MISSING = "sealpage.error.missing";

    /** The sealed page as one item of the list of what an incomplete nomination lacks. */
    static final String MISSING_ITEM = "sealpage.missing.item";

    private SealedPageRule() {}

    /**
     * Lets a submission go on only when nothing is missing.
     *
     * @param contentGaps what the content and attachments lack ({@link NominationCompleteness#gaps}), as message keys
     * @param sealedPageUploaded whether the nomination has its sealed page
     * @throws NominationIncomplete listing every gap, and the sealed page when it is missing too
     * @throws NominationRejected with {@link #MISSING} when the sealed page is all that is missing
     */
    static void requireComplete(List<String> contentGaps, boolean sealedPageUploaded) {
        if (contentGaps.isEmpty()) {
            if (!sealedPageUploaded) {
                throw new NominationRejected(MISSING);
            }
            return;
        }
        List<String> missing = new ArrayList<>(contentGaps);
        if (!sealedPageUploaded) {
            missing.add(MISSING_ITEM);
        }
        throw new NominationIncomplete(missing);
    }
}

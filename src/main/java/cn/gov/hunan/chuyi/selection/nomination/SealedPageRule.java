package cn.gov.hunan.chuyi.selection.nomination;

/**
 * Issue #18: a nomination is submitted with the page its unit signed and sealed (单位盖章). Checked after the content
 * (the school prints the finished 申报书, signs and seals it, uploads the page, then submits).
 */
final class SealedPageRule {

    static final String MISSING = "sealpage.error.missing";

    private SealedPageRule() {}

    /** @throws NominationRejected when no sealed page has been uploaded; nothing of the nomination changes */
    static void requireSealedPage(boolean uploaded) {
        if (!uploaded) {
            throw new NominationRejected(MISSING);
        }
    }
}

package cn.gov.hunan.chuyi.selection.nomination;

import java.util.ArrayList;
import java.util.List;

/**
 * What a nomination must hold before it is submitted: the common parts, the parts its programme's field set asks for,
 * and at least one attachment. Each gap is a message key ({@code selection.nomination.missing.<field>}).
 */
final class NominationCompleteness {

    private NominationCompleteness() {}

    /** What a submission still lacks, as message keys; empty when it is complete. */
    static List<String> gaps(
            String title, NominationContent c, NominationContent.FieldSet fields, boolean hasAttachments) {
        List<String> gaps = new ArrayList<>();
        require(gaps, title, "title");
        require(gaps, c.getSummary(), "summary");
        require(gaps, c.getFoundation(), "foundation");
        require(gaps, c.getPlan(), "plan");
        require(gaps, c.getSafeguards(), "safeguards");
        for (String part : fields.parts()) {
            require(gaps, c.part(part), part);
        }
        if (!hasAttachments) {
            gaps.add("selection.nomination.missing.attachment");
        }
        return gaps;
    }

    private static void require(List<String> gaps, Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            gaps.add("selection.nomination.missing." + field);
        }
    }
}

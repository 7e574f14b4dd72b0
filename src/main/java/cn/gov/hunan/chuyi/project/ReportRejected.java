package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An annual report the rules refuse, with a reason beside each field it concerns ({@code target_<indicatorId>},
 * {@code actual_<indicatorId>}, {@code narrative}): the page comes back with what was typed and every reason at once.
 */
public class ReportRejected extends RuleViolation {

    private final transient Map<String, String> fields;

    /** messageKey: the reason above the form; fields: field name → the reason beside it, in the page's order. */
    ReportRejected(String messageKey, Map<String, String> fields) {
        super(messageKey);
        this.fields = new LinkedHashMap<>(fields);
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }
}

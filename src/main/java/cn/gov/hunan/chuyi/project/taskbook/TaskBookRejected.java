package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A task book or change request the rules refuse, with a reason beside each field it concerns ({@code
 * target_<indicatorId>_<year>}, {@code budget_<SOURCE>_<year>}, {@code milestoneTitle_<n>}, {@code startYear} …): the
 * page comes back with what was typed and every reason at once.
 */
public class TaskBookRejected extends RuleViolation {

    private final transient Map<String, String> fields;

    TaskBookRejected(String messageKey) {
        this(messageKey, Map.of());
    }

    TaskBookRejected(String messageKey, Map<String, String> fields) {
        super(messageKey);
        this.fields = new LinkedHashMap<>(fields);
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }
}

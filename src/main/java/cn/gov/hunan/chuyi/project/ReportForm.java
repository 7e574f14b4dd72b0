package cn.gov.hunan.chuyi.project;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the report page posts: {@code target_<indicatorId>} and {@code actual_<indicatorId>} as typed, and the
 * narrative. Reads the numbers; text that is not a number is refused beside its field, with everything else kept.
 */
final class ReportForm {

    private ReportForm() {}

    static Map<Long, ReportValue> values(Map<String, String> params, List<ProjectIndicator.IndicatorLine> lines) {
        Map<Long, ReportValue> values = new HashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (var line : lines) {
            BigDecimal target = number(params, "target_" + line.id(), problems);
            BigDecimal actual = number(params, "actual_" + line.id(), problems);
            if (target != null || actual != null) {
                values.put(line.id(), new ReportValue(target, actual));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportRejected("project.report.error.number", problems);
        }
        return values;
    }

    private static BigDecimal number(Map<String, String> params, String field, Map<String, String> problems) {
        String raw = params.get(field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            problems.put(field, "project.report.error.number");
            return null;
        }
    }
}

package cn.gov.hunan.chuyi.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One indicator of a report: the year's target and the actual value (numeric(14, 2) columns). */
@Embeddable
public record ReportValue(
        @Column(name = "target_value") BigDecimal target,
        @Column(name = "actual_value") BigDecimal actual) {

    /** The largest value the columns hold: twelve digits before the point, two after. */
    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    /** The target as people write it: 10, not 10.00; 12.5, not 12.50; empty when not given. */
    public String targetText() {
        return plain(target);
    }

    /** The actual value as people write it. */
    public String actualText() {
        return plain(actual);
    }

    /** A value a report may hold: not negative, within the column, at most two decimals; else the reason's key. */
    static String problem(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            return "project.report.error.negative";
        }
        if (value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            return "project.report.error.range";
        }
        return null;
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}

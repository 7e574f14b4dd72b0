package cn.gov.hunan.chuyi.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One indicator of a report: the year's target and the actual value. */
@Embeddable
public record ReportValue(
        @Column(name = "target_value") BigDecimal target, @Column(name = "actual_value") BigDecimal actual) {}

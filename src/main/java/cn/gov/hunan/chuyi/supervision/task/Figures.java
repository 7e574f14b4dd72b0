package cn.gov.hunan.chuyi.supervision.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** The two figures a city reports for a quantitative indicator, and who reported them when. */
@Embeddable
public record Figures(
        @Column(name = "numerator") int numerator,
        @Column(name = "denominator") int denominator,
        @Column(name = "submitted_by") String submittedBy,
        @Column(name = "submitted_at") Instant submittedAt) {

    /** The share in per cent, one decimal. */
    public BigDecimal percent() {
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}

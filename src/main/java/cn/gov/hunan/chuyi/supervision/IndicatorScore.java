package cn.gov.hunan.chuyi.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The team lead's score of one indicator (0–100) with a comment. */
@Embeddable
public record IndicatorScore(@Column(name = "score") BigDecimal score, @Column(name = "comment") String comment) {}

package cn.gov.hunan.chuyi.selection.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An expert's score of one criterion with a comment. */
@Embeddable
public record Score(
        @Column(name = "score") BigDecimal value,
        @Column(name = "comment") String comment) {}

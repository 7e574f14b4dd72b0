package cn.gov.hunan.chuyi.supervision.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** One school's figures for one quantitative indicator of a task (学校报送数据). */
@Entity
@Table(name = "school_figures")
class SchoolFigures {

    @Embeddable
    record Key(
            @Column(name = "task_id") long taskId,
            @Column(name = "indicator_id") long indicatorId,
            @Column(name = "organization_id") long organizationId)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    private int numerator;

    private int denominator;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected SchoolFigures() {}

    SchoolFigures(Key key, int numerator, int denominator, String by, Instant at) {
        this.key = key;
        change(numerator, denominator, by, at);
    }

    void change(int numerator, int denominator, String by, Instant at) {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new TaskRejected("supervision.task.error.figures");
        }
        this.numerator = numerator;
        this.denominator = denominator;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    Key key() {
        return key;
    }

    int numerator() {
        return numerator;
    }

    int denominator() {
        return denominator;
    }

    BigDecimal percent() {
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}

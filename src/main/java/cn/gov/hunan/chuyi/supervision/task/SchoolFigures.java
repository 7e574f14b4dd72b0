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

    /** The file of the city's import the figures came from; null when the school typed them. */
    @Column(name = "imported_from")
    private String importedFrom;

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
        this.importedFrom = null;
    }

    /** A school's first figures for an indicator, from the city's import. */
    static SchoolFigures imported(Key key, int numerator, int denominator, String by, Instant at, String fileName) {
        var figures = new SchoolFigures(key, numerator, denominator, by, at);
        figures.importedFrom = fileName;
        return figures;
    }

    /** The figures as the city's import gives them, by {@code by}, from {@code fileName}. */
    void importFrom(int numerator, int denominator, String by, Instant at, String fileName) {
        change(numerator, denominator, by, at);
        this.importedFrom = fileName;
    }

    boolean same(int numerator, int denominator) {
        return this.numerator == numerator && this.denominator == denominator;
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

    String submittedBy() {
        return submittedBy;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String importedFrom() {
        return importedFrom;
    }

    BigDecimal percent() {
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}

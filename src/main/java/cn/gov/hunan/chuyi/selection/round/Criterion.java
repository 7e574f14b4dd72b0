package cn.gov.hunan.chuyi.selection.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A scoring criterion (评审指标) of a round: name, maximum score and weight. */
@Entity
@Table(name = "selection_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "max_score")
    private BigDecimal maxScore;

    private BigDecimal weight;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Criterion() {}

    Criterion(String name, BigDecimal maxScore, BigDecimal weight, int sortOrder) {
        change(name, maxScore, weight, sortOrder);
    }

    void change(String name, BigDecimal maxScore, BigDecimal weight, int sortOrder) {
        this.name = name;
        this.maxScore = maxScore;
        this.weight = weight;
        this.sortOrder = sortOrder;
    }

    public Long id() {
        return id;
    }

    public BigDecimal maxScore() {
        return maxScore;
    }

    public BigDecimal weight() {
        return weight;
    }

    public RoundSetup.CriterionLine toLine() {
        return new RoundSetup.CriterionLine(id, name, maxScore, weight);
    }
}

package cn.gov.hunan.chuyi.supervision.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * An indicator of a plan (督导指标): weight, scoring guide, and for a quantitative indicator the two figures
 * the city reports (e.g. 双师型教师数 over 专业课教师数) and the target share.
 */
@Entity
@Table(name = "supervision_indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private BigDecimal weight;

    private String guide;

    @Column(name = "numerator_label")
    private String numeratorLabel;

    @Column(name = "denominator_label")
    private String denominatorLabel;

    @Column(name = "target_percent")
    private BigDecimal targetPercent;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Indicator() {}

    Indicator(IndicatorView line, int sortOrder) {
        this.name = line.name();
        this.weight = line.weight();
        this.guide = line.guide();
        this.numeratorLabel = line.numeratorLabel();
        this.denominatorLabel = line.denominatorLabel();
        this.targetPercent = line.targetPercent();
        this.sortOrder = sortOrder;
    }

    Long id() {
        return id;
    }

    BigDecimal weight() {
        return weight;
    }

    boolean quantitative() {
        return numeratorLabel != null && denominatorLabel != null;
    }

    IndicatorView toView() {
        return new IndicatorView(id, name, weight, guide, numeratorLabel, denominatorLabel, targetPercent);
    }
}

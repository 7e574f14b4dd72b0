package cn.gov.hunan.chuyi.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A construction indicator of a programme (建设指标), reported each year with its target and actual. */
@Entity
@Table(name = "project_indicator")
class ProjectIndicator {

    @Id
    private Long id;

    @Column(name = "program_code")
    private String programCode;

    private String name;

    private String unit;

    @Column(name = "sort_order")
    private int sortOrder;

    protected ProjectIndicator() {}

    Long id() {
        return id;
    }

    IndicatorLine toLine() {
        return new IndicatorLine(id, name, unit);
    }

    /** An indicator as a report form shows it. */
    record IndicatorLine(long id, String name, String unit) {}
}

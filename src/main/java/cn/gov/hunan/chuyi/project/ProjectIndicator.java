package cn.gov.hunan.chuyi.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A construction indicator of a programme (建设指标), reported each year with its target and actual. The
 * department adds, renames, reorders and retires them; a retired one stays on the reports that used it.
 */
@Entity
@Table(name = "project_indicator")
class ProjectIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_code")
    private String programCode;

    private String name;

    private String unit;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active = true;

    @Version
    private long version;

    protected ProjectIndicator() {}

    ProjectIndicator(String programCode, String name, String unit, int sortOrder) {
        this.programCode = programCode;
        this.sortOrder = sortOrder;
        rename(name, unit);
    }

    /** A name of at most 100 characters and a unit of at most 20, both required. */
    void rename(String name, String unit) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new ProjectRejected("project.indicator.error.fields").at("name");
        }
        if (unit == null || unit.isBlank() || unit.strip().length() > 20) {
            throw new ProjectRejected("project.indicator.error.fields").at("unit");
        }
        this.name = name.strip();
        this.unit = unit.strip();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    Long id() {
        return id;
    }

    String programCode() {
        return programCode;
    }

    String name() {
        return name;
    }

    int sortOrder() {
        return sortOrder;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version;
    }

    IndicatorLine toLine() {
        return new IndicatorLine(id, name, unit, active, version);
    }

    /** An indicator as the report form and the indicator page show it. */
    record IndicatorLine(long id, String name, String unit, boolean active, long version) {}
}

package cn.gov.hunan.chuyi.program;

import cn.gov.hunan.chuyi.organization.OrganizationKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A 楚怡 programme (项目类别) of the plan. */
@Entity
@Table(name = "program")
class Program {

    static final int MAX_TARGET = 10_000;

    @Id
    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "plan_clause")
    private String planClause;

    @Column(name = "summary_zh")
    private String summaryZh;

    @Column(name = "summary_en")
    private String summaryEn;

    private Integer target;

    @Enumerated(EnumType.STRING)
    private Nominee nominee;

    @Column(name = "one_per_city")
    private boolean onePerCity;

    @Column(name = "sort_order")
    private int sortOrder;

    /** What the target counts (所, 个专业群, 人 …), in each language. */
    @Column(name = "unit_zh")
    private String unitZh;

    @Column(name = "unit_en")
    private String unitEn;

    /** The department that runs the programme (牵头部门). */
    @Column(name = "lead_department")
    private String leadDepartment;

    @Column(name = "lead_department_en")
    private String leadDepartmentEn;

    /** The plan's target year. */
    @Column(name = "horizon_year")
    private Integer horizonYear;

    /** Designations one organisation may hold in the programme; null when only the target bounds them. */
    @Column(name = "per_organization_limit")
    private Integer perOrganizationLimit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_applicant_kind", joinColumns = @JoinColumn(name = "program_code"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    private Set<OrganizationKind> applicantKinds = EnumSet.noneOf(OrganizationKind.class);

    @Version
    private long version;

    protected Program() {}

    /** A programme with what its rules read (the catalogue's own rows come from the migrations). */
    Program(String code, Nominee nominee, Integer target, Integer perOrganizationLimit) {
        this.code = code;
        this.nominee = nominee;
        this.target = target;
        this.perOrganizationLimit = perOrganizationLimit;
    }

    /**
     * Sets a new target and returns the record of the change. A target may be empty (the plan gives no
     * number) but never below the projects already designated, and a change needs a reason.
     */
    TargetChange changeTarget(Integer newTarget, long designated, String reason, String actor, Instant at) {
        if (newTarget != null && (newTarget < 0 || newTarget > MAX_TARGET)) {
            throw new TargetChangeRejected("program.target.error.range");
        }
        if (newTarget != null && newTarget < designated) {
            throw new TargetChangeRejected("program.target.error.belowDesignated");
        }
        if (reason == null || reason.isBlank()) {
            throw new TargetChangeRejected("program.target.error.reason");
        }
        if (Objects.equals(newTarget, target)) {
            throw new TargetChangeRejected("program.target.error.unchanged");
        }
        var change = new TargetChange(code, target, newTarget, reason.strip(), actor, at);
        this.target = newTarget;
        return change;
    }

    ProgramSummary toSummary(long designated) {
        return new ProgramSummary(
                code,
                nameZh,
                nameEn,
                planClause,
                summaryZh,
                summaryEn,
                target,
                designated,
                nominee,
                onePerCity,
                applicantKinds.isEmpty() ? Set.of() : EnumSet.copyOf(applicantKinds),
                version,
                unitZh,
                unitEn,
                leadDepartment,
                leadDepartmentEn,
                horizonYear,
                perOrganizationLimit);
    }

    String code() {
        return code;
    }

    Nominee nominee() {
        return nominee;
    }

    Integer perOrganizationLimit() {
        return perOrganizationLimit;
    }

    int sortOrder() {
        return sortOrder;
    }

    long version() {
        return version;
    }

    static String localised(Locale locale, String zh, String en) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}

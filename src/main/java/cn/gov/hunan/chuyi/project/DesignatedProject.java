package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import cn.gov.hunan.chuyi.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A designated project (立项建设项目) of one organisation in one programme. */
@Entity
@Table(name = "designated_project")
class DesignatedProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_code")
    private String programCode;

    @Column(name = "organization_id")
    private long organizationId;

    private String title;

    @Column(name = "designated_year")
    private int designatedYear;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    private String tier;

    @Column(name = "document_number")
    private String documentNumber;

    private boolean demo;

    @Column(name = "nomination_id")
    private Long nominationId;

    @Column(name = "construction_years")
    private int constructionYears = 3;

    /** The longest construction period, in years (as the register and the task book allow). */
    static final int LONGEST_PERIOD = 10;

    @Column(name = "midterm_score")
    private BigDecimal midtermScore;

    @Column(name = "midterm_conclusion")
    private String midtermConclusion;

    @Column(name = "midterm_date")
    private LocalDate midtermDate;

    @Column(name = "acceptance_score")
    private BigDecimal acceptanceScore;

    @Column(name = "acceptance_conclusion")
    private String acceptanceConclusion;

    @Column(name = "acceptance_date")
    private LocalDate acceptanceDate;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Column(name = "rectify_by")
    private LocalDate rectifyBy;

    @Version
    private long version;

    protected DesignatedProject() {}

    /** Registered directly by the department, for a project designated before the portal (立项文号 required). */
    DesignatedProject(
            String programCode,
            long organizationId,
            String title,
            int year,
            String tier,
            String documentNumber,
            int constructionYears) {
        this(programCode, organizationId, title, year, tier, null);
        this.documentNumber = documentNumber;
        this.constructionYears = constructionYears;
    }

    DesignatedProject(String programCode, long organizationId, String title, int year, String tier, Long nominationId) {
        this.programCode = programCode;
        this.organizationId = organizationId;
        this.title = title;
        this.designatedYear = year;
        this.tier = tier;
        this.status = ProjectStatus.UNDER_CONSTRUCTION;
        this.nominationId = nominationId;
    }

    ProjectStatus evaluate(ProjectMove move, Role role, BigDecimal score, String conclusion, LocalDate date) {
        return evaluate(move, role, score, conclusion, date, null);
    }

    /**
     * Records an evaluation (mid-term passed or failed, the evaluation after a warning, acceptance passed or failed)
     * as the table allows it; returns the state it left. An evaluation needs its date and conclusion; a score is
     * 0–100 when given; a failed mid-term needs the date to rectify by, after the evaluation's.
     */
    ProjectStatus evaluate(
            ProjectMove move, Role role, BigDecimal score, String conclusion, LocalDate date, LocalDate rectifyBy) {
        if (!move.evaluation()) {
            throw new MoveRejected("project.error.transition", status, move.to());
        }
        ProjectStatus to = move.checkedFrom(status, role, "project.error.transition");
        if (Text.isBlank(conclusion) || date == null) {
            throw new ProjectRejected("project.error.evaluation");
        }
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new ProjectRejected("project.error.score");
        }
        if (move == ProjectMove.FAIL_MIDTERM && (rectifyBy == null || !rectifyBy.isAfter(date))) {
            throw new ProjectRejected("evaluation.error.rectifyBy").at("rectifyBy");
        }
        ProjectStatus from = status;
        if (move.midterm()) {
            midtermScore = score;
            midtermConclusion = conclusion.strip();
            midtermDate = date;
        } else {
            acceptanceScore = score;
            acceptanceConclusion = conclusion.strip();
            acceptanceDate = date;
        }
        this.rectifyBy = move == ProjectMove.FAIL_MIDTERM ? rectifyBy : null;
        status = to;
        return from;
    }

    /** The department's exit decision on an unrectified warning (退出), with a reason; returns the state it left. */
    ProjectStatus exit(Role role, String reason) {
        ProjectStatus to = ProjectMove.EXIT.checkedFrom(status, role, "project.error.transition");
        if (Text.isBlank(reason)) {
            throw new ProjectRejected("project.error.reason");
        }
        ProjectStatus from = status;
        status = to;
        rectifyBy = null;
        revokeReason = reason.strip();
        return from;
    }

    /** Moves the tier (动态调整) of a running project as the tier table allows it; returns the tier it left. */
    Tier moveTier(TierMove move, Role role) {
        if (!status.running()) {
            throw new MoveRejected("project.error.transition", status, status);
        }
        Tier from = Tier.of(tier);
        tier = move.checkedFrom(from, role, "evaluation.error.tier").column();
        return from;
    }

    LocalDate rectifyBy() {
        return rectifyBy;
    }

    /** Revokes the project (撤销) as the table allows it, with a reason; returns the state it left. */
    ProjectStatus revoke(Role role, String reason) {
        ProjectStatus to = ProjectMove.REVOKE.checkedFrom(status, role, "project.error.transition");
        if (Text.isBlank(reason)) {
            throw new ProjectRejected("project.error.reason");
        }
        ProjectStatus from = status;
        status = to;
        revokeReason = reason.strip();
        return from;
    }

    ProjectView toView(String organizationName, String cityCode) {
        return new ProjectView(
                id,
                programCode,
                organizationId,
                organizationName,
                cityCode,
                title,
                designatedYear,
                constructionYears,
                status,
                tier,
                documentNumber,
                nominationId,
                demo,
                midtermScore,
                midtermConclusion,
                midtermDate,
                acceptanceScore,
                acceptanceConclusion,
                acceptanceDate,
                revokeReason,
                version);
    }

    long version() {
        return version;
    }

    long id() {
        return id;
    }

    String programCode() {
        return programCode;
    }

    long organizationId() {
        return organizationId;
    }

    String title() {
        return title;
    }

    int designatedYear() {
        return designatedYear;
    }

    int constructionYears() {
        return constructionYears;
    }

    /**
     * An approved period extension (延期): the construction period ends in {@code endYear} now, later than it did and
     * within the longest period (10 years from the designated year). Returns the end year it had.
     */
    int extendTo(int endYear) {
        int before = designatedYear + constructionYears - 1;
        if (endYear <= before || endYear - designatedYear >= LONGEST_PERIOD) {
            throw new ProjectRejected("project.error.extension", String.valueOf(before));
        }
        constructionYears = endYear - designatedYear + 1;
        return before;
    }

    ProjectStatus status() {
        return status;
    }

    String tier() {
        return tier;
    }

    boolean demo() {
        return demo;
    }
}

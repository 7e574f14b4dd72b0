package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A project's annual progress report (年度建设报告): filed by the school, reviewed by the department. */
@Entity
@Table(name = "annual_report")
class AnnualReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    @Column(name = "report_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFT;

    private String narrative;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @ElementCollection
    @CollectionTable(name = "annual_report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator_id")
    private Map<Long, ReportValue> values = new HashMap<>();

    @Version
    private long version;

    protected AnnualReport() {}

    AnnualReport(long projectId, int year) {
        this.projectId = projectId;
        this.year = year;
    }

    /** Whether the school has ever submitted it: until then it is the school's working copy, seen by no one else. */
    boolean sentIn() {
        return status.sentIn();
    }

    boolean editable() {
        return status.editable();
    }

    void edit(Map<Long, ReportValue> given, String narrative) {
        if (!editable()) {
            throw new ProjectRejected("project.report.error.readOnly");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        given.forEach((indicator, v) -> {
            putIfProblem(problems, "target_" + indicator, ReportValue.problem(v.target()));
            putIfProblem(problems, "actual_" + indicator, ReportValue.problem(v.actual()));
        });
        if (!problems.isEmpty()) {
            throw new ReportRejected(problems.values().iterator().next(), problems);
        }
        values.clear();
        values.putAll(given);
        this.narrative = narrative == null || narrative.isBlank() ? null : narrative.strip();
    }

    /**
     * Sets each indicator's target to the task book's (keeping the actual values given), and drops targets the task
     * book does not set: a report filed against a task book never carries a target the school typed.
     */
    void fixTargets(Map<Long, BigDecimal> targets) {
        Map<Long, ReportValue> fixed = new HashMap<>();
        values.forEach((id, v) -> {
            if (targets.containsKey(id) || v.actual() != null) {
                fixed.put(id, new ReportValue(targets.get(id), v.actual()));
            }
        });
        targets.forEach((id, t) -> fixed.putIfAbsent(id, new ReportValue(t, null)));
        values.clear();
        values.putAll(fixed);
    }

    /** Submits: every indicator needs its actual value, and the narrative is required. Returns the state left. */
    ReportStatus submit(List<Long> indicators, Role role, Instant now) {
        ReportStatus to = ReportMove.SUBMIT.checkedFrom(status, role, "project.report.error.readOnly");
        // every gap at once, each beside its field: the school fills them in one go
        Map<String, String> gaps = new LinkedHashMap<>();
        for (Long indicator : indicators) {
            ReportValue v = values.get(indicator);
            if (v == null || v.actual() == null) {
                gaps.put("actual_" + indicator, "project.report.error.actualMissing");
            }
        }
        if (narrative == null) {
            gaps.put("narrative", "project.report.error.narrative");
        }
        if (!gaps.isEmpty()) {
            throw new ReportRejected(
                    gaps.containsKey("narrative") ? "project.report.error.narrative" : "project.report.error.actuals",
                    gaps);
        }
        ReportStatus from = status;
        status = to;
        submittedAt = now;
        return from;
    }

    private static void putIfProblem(Map<String, String> problems, String field, String key) {
        if (key != null) {
            problems.put(field, key);
        }
    }

    /** The department accepts ({@link ReportMove#ACCEPT}), or returns with a comment ({@link ReportMove#RETURN}). */
    ReportStatus review(ReportMove move, Role role, String comment, String reviewer, Instant now) {
        if (move == ReportMove.SUBMIT) {
            throw new MoveRejected("project.report.error.notSubmitted", status, move.to());
        }
        ReportStatus to = move.checkedFrom(status, role, "project.report.error.notSubmitted");
        if (move == ReportMove.RETURN && Text.isBlank(comment)) {
            throw new ProjectRejected("project.report.error.comment").at("comment");
        }
        ReportStatus from = status;
        status = to;
        reviewComment = Text.blankToNull(comment);
        reviewedBy = reviewer;
        reviewedAt = now;
        return from;
    }

    Long id() {
        return id;
    }

    long projectId() {
        return projectId;
    }

    int year() {
        return year;
    }

    ReportStatus status() {
        return status;
    }

    ReportView toView() {
        return new ReportView(
                id,
                projectId,
                year,
                status,
                narrative,
                reviewComment,
                PortalTime.local(submittedAt),
                reviewedBy,
                Map.copyOf(values),
                version,
                editable());
    }
}

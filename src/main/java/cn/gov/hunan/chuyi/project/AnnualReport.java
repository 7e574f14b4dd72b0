package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.PortalTime;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A project's annual progress report (年度建设报告): filed by the school, reviewed by the department. */
@Entity
@Table(name = "annual_report")
class AnnualReport {

    enum Status {
        /** 草稿 */
        DRAFT,
        /** 已提交，待审核 */
        SUBMITTED,
        /** 审核通过 */
        ACCEPTED,
        /** 退回修改 */
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    @Column(name = "report_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

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
        return status != Status.DRAFT;
    }

    boolean editable() {
        return status == Status.DRAFT || status == Status.RETURNED;
    }

    void edit(Map<Long, ReportValue> given, String narrative) {
        if (!editable()) {
            throw new ProjectRuleException("project.report.error.readOnly");
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

    /** Submits: every indicator needs its actual value, and the narrative is required. Returns the state left. */
    Status submit(List<Long> indicators, Instant now) {
        if (!editable()) {
            throw new ProjectRuleException("project.report.error.readOnly");
        }
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
            throw new ReportRejected(gaps.containsKey("narrative") ? "project.report.error.narrative"
                    : "project.report.error.actuals", gaps);
        }
        Status from = status;
        status = Status.SUBMITTED;
        submittedAt = now;
        return from;
    }

    private static void putIfProblem(Map<String, String> problems, String field, String key) {
        if (key != null) {
            problems.put(field, key);
        }
    }

    /** The department accepts, or returns with a comment. */
    Status review(boolean accepted, String comment, String reviewer, Instant now) {
        if (status != Status.SUBMITTED) {
            throw new ProjectRuleException("project.report.error.notSubmitted");
        }
        if (!accepted && (comment == null || comment.isBlank())) {
            throw new ProjectRuleException("project.report.error.comment").at("comment");
        }
        Status from = status;
        status = accepted ? Status.ACCEPTED : Status.RETURNED;
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
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

    Status status() {
        return status;
    }

    ReportView toView() {
        return new ReportView(id, projectId, year, status.name(), narrative, reviewComment,
                PortalTime.local(submittedAt), reviewedBy, Map.copyOf(values), version, editable());
    }
}

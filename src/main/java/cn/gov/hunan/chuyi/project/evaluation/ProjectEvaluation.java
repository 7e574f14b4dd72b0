package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.project.ProjectStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One evaluation of a project (中期评估 or 验收): grade, panel conclusion, date, and the move it made. */
@Entity
@Table(name = "project_evaluation")
class ProjectEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    @Enumerated(EnumType.STRING)
    private Grade.Kind kind;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private String conclusion;

    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    @Column(name = "rectify_by")
    private LocalDate rectifyBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ProjectStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ProjectStatus toStatus;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ProjectEvaluation() {}

    ProjectEvaluation(
            long projectId,
            Grade grade,
            String conclusion,
            LocalDate evaluatedOn,
            LocalDate rectifyBy,
            ProjectStatus from,
            ProjectStatus to,
            String recordedBy,
            Instant recordedAt) {
        this.projectId = projectId;
        this.kind = grade.kind();
        this.grade = grade;
        this.conclusion = conclusion;
        this.evaluatedOn = evaluatedOn;
        this.rectifyBy = rectifyBy;
        this.fromStatus = from;
        this.toStatus = to;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long id() {
        return id;
    }

    long projectId() {
        return projectId;
    }

    EvaluationView toView(List<EvaluationView.File> files) {
        return new EvaluationView(
                id,
                projectId,
                kind,
                grade,
                conclusion,
                evaluatedOn,
                rectifyBy,
                fromStatus,
                toStatus,
                recordedBy,
                files);
    }
}

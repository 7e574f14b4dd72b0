package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The inspected body's self-evaluation report (自评报告) on its task, one per task. */
@Entity
@Table(name = "supervision_self_evaluation")
class SelfEvaluation {

    static final int MAX_NARRATIVE = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id")
    private long taskId;

    @Enumerated(EnumType.STRING)
    private SelfEvaluationStatus status = SelfEvaluationStatus.DRAFT;

    private String narrative;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected SelfEvaluation() {}

    SelfEvaluation(long taskId) {
        this.taskId = taskId;
    }

    /** Saves the draft's text (blank allowed while a draft). */
    void save(Role role, String text, String actor, Instant now) {
        status = SelfEvaluationMove.SAVE.checkedFrom(status, role, SelfEvaluationMove.REFUSAL);
        if (text != null && text.length() > MAX_NARRATIVE) {
            throw new OpinionRejected("supervision.selfEvaluation.error.long", MAX_NARRATIVE).at("narrative");
        }
        narrative = text;
        updatedBy = actor;
        updatedAt = now;
    }

    /** Submits it once; the narrative must say something. Returns the state it left. */
    SelfEvaluationStatus submit(Role role, String actor, Instant now) {
        SelfEvaluationStatus to = SelfEvaluationMove.SUBMIT.checkedFrom(status, role, SelfEvaluationMove.REFUSAL);
        if (narrative == null || narrative.isBlank()) {
            throw new OpinionRejected("supervision.selfEvaluation.error.narrative").at("narrative");
        }
        SelfEvaluationStatus from = status;
        status = to;
        updatedBy = actor;
        updatedAt = now;
        submittedAt = now;
        return from;
    }

    Long id() {
        return id;
    }

    long taskId() {
        return taskId;
    }

    SelfEvaluationStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    SelfEvaluationView toView() {
        return new SelfEvaluationView(
                id, status, narrative, updatedBy, PortalTime.local(updatedAt), PortalTime.local(submittedAt), version);
    }
}

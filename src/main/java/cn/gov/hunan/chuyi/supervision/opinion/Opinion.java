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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A task's supervision opinion, from the team's preliminary opinion (初步督导意见) through the inspected body's reply
 * (申辩) to the issued 督导意见书 with its number, evaluation and grade. One per task.
 */
@Entity
@Table(name = "supervision_opinion")
class Opinion {

    static final int MAX_TEXT = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id")
    private long taskId;

    @Enumerated(EnumType.STRING)
    private OpinionStatus status = OpinionStatus.PRELIMINARY;

    private String preliminary;

    @Column(name = "reply_by")
    private LocalDate replyBy;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    private String reply;

    @Column(name = "replied_by")
    private String repliedBy;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "finalised_by")
    private String finalisedBy;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "document_year")
    private Integer documentYear;

    private String evaluation;

    private String grade;

    @Column(name = "total_score")
    private BigDecimal totalScore;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Version
    private long version;

    protected Opinion() {}

    /** The lead's preliminary opinion on a reported task; the body may reply until {@code replyBy}. */
    Opinion(long taskId, String text, LocalDate replyBy, LocalDate today, String actor, Instant now) {
        this.taskId = taskId;
        write(text, replyBy, today, actor, now);
    }

    /** The lead amends the preliminary opinion or its reply date before the body replies. */
    void amend(Role role, String text, LocalDate newReplyBy, LocalDate today, String actor, Instant now) {
        OpinionMove.AMEND.checkedFrom(status, role, OpinionMove.REFUSAL);
        write(text, newReplyBy, today, actor, now);
    }

    private void write(String text, LocalDate newReplyBy, LocalDate today, String actor, Instant now) {
        String words = required(text, "preliminary");
        if (newReplyBy == null || newReplyBy.isBefore(today)) {
            throw new OpinionRejected("supervision.opinion.error.replyBy").at("replyBy");
        }
        preliminary = words;
        replyBy = newReplyBy;
        recordedBy = actor;
        recordedAt = now;
    }

    /** The inspected body replies (申辩), once, until the reply date. Returns the state it left. */
    OpinionStatus reply(Role role, String text, LocalDate today, String actor, Instant now) {
        OpinionStatus to = OpinionMove.REPLY.checkedFrom(status, role, OpinionMove.REFUSAL);
        if (today.isAfter(replyBy)) {
            throw new OpinionRejected("supervision.opinion.error.replyClosed", replyBy.toString());
        }
        reply = required(text, "reply");
        repliedBy = actor;
        repliedAt = now;
        OpinionStatus from = status;
        status = to;
        return from;
    }

    /** The lead finalises it: after the reply, or once the reply date has passed without one. */
    OpinionStatus finalise(Role role, LocalDate today, String actor, Instant now) {
        OpinionStatus to = OpinionMove.FINALISE.checkedFrom(status, role, OpinionMove.REFUSAL);
        if (status == OpinionStatus.PRELIMINARY && !today.isAfter(replyBy)) {
            throw new OpinionRejected("supervision.opinion.error.replyOpen", replyBy.toString());
        }
        finalisedBy = actor;
        finalisedAt = now;
        OpinionStatus from = status;
        status = to;
        return from;
    }

    /** Province staff issue the 意见书; it cannot be undone. The caller has checked the number is free. */
    OpinionStatus issue(
            Role role,
            DocumentNumber number,
            String evaluationText,
            String taskGrade,
            BigDecimal total,
            LocalDate today,
            String actor,
            Instant now) {
        OpinionStatus to = OpinionMove.ISSUE.checkedFrom(status, role, OpinionMove.REFUSAL);
        if (number.year() != today.getYear()) {
            throw new OpinionRejected("supervision.opinion.error.numberYear", today.getYear()).at("documentNumber");
        }
        String words = required(evaluationText, "evaluation");
        if (taskGrade == null) {
            throw new OpinionRejected("supervision.opinion.error.ungraded");
        }
        documentNumber = number.written();
        documentYear = number.year();
        evaluation = words;
        grade = taskGrade;
        totalScore = total;
        issuedBy = actor;
        issuedOn = today;
        issuedAt = now;
        OpinionStatus from = status;
        status = to;
        return from;
    }

    /** Whether the reply date has passed without a reply: the lead may finalise. */
    boolean replyWindowOver(LocalDate today) {
        return status != OpinionStatus.PRELIMINARY || today.isAfter(replyBy);
    }

    /** Whether the body may still reply today (the table's state and the date). */
    boolean replyOpen(LocalDate today) {
        return OpinionMove.REPLY.allowedFrom(status) && !today.isAfter(replyBy);
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new OpinionRejected("supervision.opinion.error." + field).at(field);
        }
        if (text.length() > MAX_TEXT) {
            throw new OpinionRejected("supervision.opinion.error.long", MAX_TEXT).at(field);
        }
        return text.strip();
    }

    Long id() {
        return id;
    }

    long taskId() {
        return taskId;
    }

    OpinionStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    String documentNumber() {
        return documentNumber;
    }

    OpinionView toView() {
        return new OpinionView(
                id,
                taskId,
                status,
                preliminary,
                replyBy,
                recordedBy,
                PortalTime.local(recordedAt),
                reply,
                repliedBy,
                PortalTime.local(repliedAt),
                finalisedBy,
                PortalTime.local(finalisedAt),
                documentNumber,
                evaluation,
                grade,
                totalScore,
                issuedBy,
                issuedOn,
                version);
    }
}

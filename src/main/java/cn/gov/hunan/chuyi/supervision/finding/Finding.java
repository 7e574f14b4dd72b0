package cn.gov.hunan.chuyi.supervision.finding;

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
import java.time.LocalDate;

/**
 * A finding (问题) of an inspection task, and the rectification item (整改事项) it becomes for the
 * responsible organisation: a school when {@code organizationId} is set, else the city itself.
 */
@Entity
@Table(name = "finding")
class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id")
    private long taskId;

    private String category;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String description;

    @Column(name = "city_code")
    private String cityCode;

    @Column(name = "organization_id")
    private Long organizationId;

    /** The designated project the finding is about, when the task inspects projects; its school is the organisation. */
    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    private FindingStatus status = FindingStatus.OPEN;

    private LocalDate deadline;

    private boolean overdue;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    /** An extension was approved at least once (the ledger's filter). */
    private boolean extended;

    /** Put to re-check at least once (the ledger's filter). */
    private boolean rechecked;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "sign_off_note")
    private String signOffNote;

    @Version
    private long version;

    protected Finding() {}

    Finding(
            long taskId,
            String category,
            Severity severity,
            String description,
            String cityCode,
            Long organizationId,
            LocalDate deadline,
            String createdBy,
            Instant at) {
        this(taskId, category, severity, description, cityCode, organizationId, null, deadline, createdBy, at);
    }

    /** A finding about a designated project: {@code organizationId} is the project's school, which answers it. */
    Finding(
            long taskId,
            String category,
            Severity severity,
            String description,
            String cityCode,
            Long organizationId,
            Long projectId,
            LocalDate deadline,
            String createdBy,
            Instant at) {
        this.projectId = projectId;
        this.taskId = taskId;
        this.category = category;
        this.severity = severity;
        this.description = description;
        this.cityCode = cityCode;
        this.organizationId = organizationId;
        this.deadline = deadline;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** The responsible organisation answers with the measures taken. */
    FindingStatus answer(Role role, String measures, Instant now) {
        FindingStatus to = FindingMove.ANSWER.checkedFrom(status, role, FindingMove.REFUSAL);
        if (measures == null || measures.isBlank()) {
            throw new FindingRejected("supervision.finding.error.answer").at("measures");
        }
        FindingStatus from = status;
        answer = measures.strip();
        answeredAt = now;
        status = to;
        overdue = false;
        return from;
    }

    /** An inspector of the task verifies the answer: accepted closes it, rejected sends it back with a comment. */
    FindingStatus review(Role role, boolean accepted, String comment, LocalDate today) {
        FindingStatus to =
                (accepted ? FindingMove.ACCEPT : FindingMove.SEND_BACK).checkedFrom(status, role, FindingMove.REFUSAL);
        if (!accepted && (comment == null || comment.isBlank())) {
            throw new FindingRejected("supervision.finding.error.comment").at("comment");
        }
        FindingStatus from = status;
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        status = to;
        overdue = !accepted && today.isAfter(deadline);
        return from;
    }

    /**
     * Marks the item overdue when its deadline has passed without an answer (it is in a state the table lets its
     * organisation answer); true when it changed. The flag changes no state.
     */
    boolean markOverdueIfDue(LocalDate today) {
        boolean due = FindingMove.ANSWER.allowedFrom(status) && today.isAfter(deadline);
        if (due && !overdue) {
            overdue = true;
            return true;
        }
        return false;
    }

    /** 销号: the province closes an accepted item with its sign-off note. */
    FindingStatus signOff(Role role, String note, String by, Instant now) {
        FindingStatus to = FindingMove.SIGN_OFF.checkedFrom(status, role, FindingMove.REFUSAL);
        if (note == null || note.isBlank()) {
            throw new FindingRejected("supervision.finding.error.signOffNote").at("note");
        }
        FindingStatus from = status;
        status = to;
        signOffNote = note.strip();
        closedBy = by;
        closedAt = now;
        return from;
    }

    /** 列入复查: a closed item is put to re-check at a later visit. */
    FindingStatus putToRecheck(Role role) {
        FindingStatus to = FindingMove.PUT_TO_RECHECK.checkedFrom(status, role, FindingMove.REFUSAL);
        FindingStatus from = status;
        status = to;
        rechecked = true;
        return from;
    }

    /**
     * The re-check's outcome: the closure stands, or the item is reopened with a new deadline after today. Either
     * way the re-checker says what was found.
     */
    FindingStatus concludeRecheck(Role role, boolean confirmed, String note, LocalDate newDeadline, LocalDate today) {
        FindingStatus to = (confirmed ? FindingMove.CONFIRM_CLOSURE : FindingMove.REOPEN)
                .checkedFrom(status, role, FindingMove.REFUSAL);
        if (note == null || note.isBlank()) {
            throw new FindingRejected("supervision.finding.error.recheckNote").at("note");
        }
        if (!confirmed && (newDeadline == null || !newDeadline.isAfter(today))) {
            throw new FindingRejected("supervision.finding.error.deadline").at("deadline");
        }
        FindingStatus from = status;
        status = to;
        if (!confirmed) {
            deadline = newDeadline;
            overdue = false;
            closedBy = null;
            closedAt = null;
        }
        return from;
    }

    /** An approved extension: the deadline moves (only ever later), and an overdue flag goes if the new date is ahead. */
    void extendTo(LocalDate newDeadline, LocalDate today) {
        deadline = newDeadline;
        extended = true;
        overdue = today.isAfter(newDeadline);
    }

    /** Whether the responsible organisation still owes an answer: what reminders and extensions are about. */
    boolean owesAnswer() {
        return FindingMove.ANSWER.allowedFrom(status);
    }

    /** How far the item has gone up for being overdue, {@code days} being the threshold of one step. */
    Escalation escalation(LocalDate today, int days) {
        if (!owesAnswer() || !today.isAfter(deadline.plusDays(days))) {
            return Escalation.NONE;
        }
        if (organizationId == null || today.isAfter(deadline.plusDays(2L * days))) {
            return Escalation.PROVINCE;
        }
        return Escalation.CITY;
    }

    LocalDate deadline() {
        return deadline;
    }

    boolean extended() {
        return extended;
    }

    boolean rechecked() {
        return rechecked;
    }

    /** The deadline the issued 意见书 sets (the rectification clock starts); overdue when answerable and past it. */
    void rectifyBy(LocalDate newDeadline, LocalDate today) {
        deadline = newDeadline;
        overdue = FindingMove.ANSWER.allowedFrom(status) && today.isAfter(newDeadline);
    }

    Long id() {
        return id;
    }

    long taskId() {
        return taskId;
    }

    String cityCode() {
        return cityCode;
    }

    Long organizationId() {
        return organizationId;
    }

    Long projectId() {
        return projectId;
    }

    FindingStatus status() {
        return status;
    }

    boolean overdue() {
        return overdue;
    }

    String category() {
        return category;
    }

    FindingView toView(String cityName, String organizationName, int planYear, String projectTitle) {
        return new FindingView(
                id,
                taskId,
                planYear,
                category,
                severity,
                description,
                cityCode,
                cityName,
                organizationId,
                organizationName,
                status,
                deadline,
                overdue,
                answer,
                PortalTime.local(answeredAt),
                reviewComment,
                createdBy,
                PortalTime.local(createdAt),
                version,
                projectId,
                projectTitle,
                extended,
                rechecked,
                closedBy,
                PortalTime.local(closedAt),
                signOffNote);
    }
}

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

    @Version
    private long version;

    protected Finding() {}

    Finding(long taskId, String category, Severity severity, String description, String cityCode, Long organizationId,
            LocalDate deadline, String createdBy, Instant at) {
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
        FindingStatus to = (accepted ? FindingMove.ACCEPT : FindingMove.SEND_BACK).checkedFrom(status, role,
                FindingMove.REFUSAL);
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

    FindingStatus status() {
        return status;
    }

    boolean overdue() {
        return overdue;
    }

    String category() {
        return category;
    }

    FindingView toView(String cityName, String organizationName, int planYear) {
        return new FindingView(id, taskId, planYear, category, severity, description, cityCode, cityName,
                organizationId, organizationName, status, deadline, overdue, answer,
                PortalTime.local(answeredAt), reviewComment, createdBy,
                PortalTime.local(createdAt), version);
    }
}

package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.BudgetLine;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.Milestone;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.YearTarget;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One version of a project's task book (建设任务书): drafted by the school, approved (and locked) by the department. */
@Entity
@Table(name = "task_book")
class TaskBook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    @Column(name = "version_no")
    private int versionNo;

    @Enumerated(EnumType.STRING)
    private TaskBookStatus status = TaskBookStatus.DRAFT;

    @Column(name = "start_year")
    private int startYear;

    @Column(name = "end_year")
    private int endYear;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "change_request_id")
    private Long changeRequestId;

    @ElementCollection
    @CollectionTable(name = "task_book_target", joinColumns = @JoinColumn(name = "task_book_id"))
    private List<YearTarget> targets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_book_milestone", joinColumns = @JoinColumn(name = "task_book_id"))
    @OrderColumn(name = "sort_order")
    private List<Milestone> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_book_budget", joinColumns = @JoinColumn(name = "task_book_id"))
    private List<BudgetLine> budget = new ArrayList<>();

    @Version
    private long version;

    protected TaskBook() {}

    /** Version 1, the project's construction period to start with and nothing promised yet. */
    TaskBook(long projectId, int versionNo, int startYear, int endYear, Long changeRequestId) {
        this.projectId = projectId;
        this.versionNo = versionNo;
        this.startYear = startYear;
        this.endYear = endYear;
        this.changeRequestId = changeRequestId;
    }

    /** The next version, a draft copy of this (approved) one, opened by the approved change request. */
    TaskBook next(long changeRequest) {
        TaskBook next = new TaskBook(projectId, versionNo + 1, startYear, endYear, changeRequest);
        next.targets.addAll(targets);
        next.milestones.addAll(milestones);
        next.budget.addAll(budget);
        return next;
    }

    /**
     * Replaces what the task book promises; the checks of each value are {@link TaskBookRules#check}, those of the
     * period the rule given ({@link TaskBookRules.PeriodRule}).
     */
    void edit(TaskBookContent typed, TaskBookRules.PeriodRule period) {
        if (!status.editable()) {
            throw new TaskBookRejected("taskbook.error.readOnly");
        }
        TaskBookContent content = period.applyTo(typed);
        Map<String, String> problems = new LinkedHashMap<>(period.check(content));
        TaskBookRules.check(content).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new TaskBookRejected(problems.values().iterator().next(), problems);
        }
        startYear = content.startYear();
        endYear = content.endYear();
        targets.clear();
        targets.addAll(content.targets());
        milestones.clear();
        milestones.addAll(content.milestones());
        budget.clear();
        budget.addAll(content.budget());
    }

    /**
     * Submits over the period the rule gives (an extension that does not extend is refused): every gap at once, each
     * beside its field (see {@link TaskBookRules#gaps}). Returns the state left.
     */
    TaskBookStatus submit(List<Long> indicators, TaskBookRules.PeriodRule period, Role role, Instant now) {
        TaskBookStatus to = TaskBookMove.SUBMIT.checkedFrom(status, role, "taskbook.error.notEditable");
        TaskBookContent content = period.applyTo(content());
        Map<String, String> wrongPeriod = period.check(content);
        if (!wrongPeriod.isEmpty()) {
            throw new TaskBookRejected(wrongPeriod.values().iterator().next(), wrongPeriod);
        }
        startYear = content.startYear();
        endYear = content.endYear();
        Map<String, String> gaps = TaskBookRules.gaps(content, indicators);
        if (!gaps.isEmpty()) {
            throw new TaskBookRejected("taskbook.error.incomplete", gaps);
        }
        TaskBookStatus from = status;
        status = to;
        submittedAt = now;
        return from;
    }

    /** The department approves ({@link TaskBookMove#APPROVE}), or returns with comments ({@link TaskBookMove#RETURN}). */
    TaskBookStatus review(TaskBookMove move, Role role, String comment, String reviewer, Instant now) {
        if (move == TaskBookMove.SUBMIT) {
            throw new MoveRejected("taskbook.error.notSubmitted", status, move.to());
        }
        TaskBookStatus to = move.checkedFrom(status, role, "taskbook.error.notSubmitted");
        if (move == TaskBookMove.RETURN && Text.isBlank(comment)) {
            throw (TaskBookRejected) new TaskBookRejected("taskbook.error.comment").at("comment");
        }
        TaskBookStatus from = status;
        status = to;
        reviewComment = Text.blankToNull(comment);
        reviewedBy = reviewer;
        reviewedAt = now;
        return from;
    }

    TaskBookContent content() {
        return new TaskBookContent(startYear, endYear, targets, milestones, budget);
    }

    /** The targets of one year per indicator. */
    Map<Long, BigDecimal> targetsOf(int year) {
        Map<Long, BigDecimal> of = new LinkedHashMap<>();
        targets.stream().filter(t -> t.year() == year).forEach(t -> of.put(t.indicatorId(), t.value()));
        return of;
    }

    Long id() {
        return id;
    }

    long projectId() {
        return projectId;
    }

    int versionNo() {
        return versionNo;
    }

    TaskBookStatus status() {
        return status;
    }

    Long changeRequestId() {
        return changeRequestId;
    }

    TaskBookView toView() {
        return new TaskBookView(
                id,
                projectId,
                versionNo,
                status,
                startYear,
                endYear,
                reviewComment,
                reviewedBy,
                PortalTime.local(submittedAt),
                PortalTime.local(reviewedAt),
                changeRequestId,
                version);
    }
}

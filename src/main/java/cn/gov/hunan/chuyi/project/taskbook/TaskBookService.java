package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.project.IndicatorService;
import cn.gov.hunan.chuyi.project.ProjectService;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.project.ReportTargets;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.Move;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task books (建设任务书): the school drafts and submits a version, the department returns it with comments or approves
 * it, and the approved version is locked; annual reports take their targets from it ({@link ReportTargets}).
 */
@Service
@Transactional(readOnly = true)
public class TaskBookService implements ReportTargets {

    private final TaskBookRepository books;
    private final TaskBookHistoryRepository history;
    private final ChangeRequestRepository requests;
    private final ProjectService projects;
    private final IndicatorService indicators;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskBookService(
            TaskBookRepository books,
            TaskBookHistoryRepository history,
            ChangeRequestRepository requests,
            ProjectService projects,
            IndicatorService indicators,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.books = books;
        this.history = history;
        this.requests = requests;
        this.projects = projects;
        this.indicators = indicators;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Targets> targets(long projectId, int year) {
        return current(projectId).map(b -> new Targets(b.versionNo(), b.targetsOf(year)));
    }

    /** The project's current task book: its latest approved version. */
    Optional<TaskBook> current(long projectId) {
        return books.findFirstByProjectIdAndStatusOrderByVersionNoDesc(projectId, TaskBookStatus.APPROVED);
    }

    /** The versions the viewer may see, latest first: the school all of its own, everyone else those sent in. */
    List<TaskBook> visibleVersions(ProjectView project, PortalUser viewer) {
        return books.findByProjectIdOrderByVersionNoDesc(project.id()).stream()
                .filter(b -> b.status().sentIn() || isOwnSchool(viewer, project))
                .toList();
    }

    /** The school starts version 1, over the project's construction period; once only, while the project runs. */
    @Transactional
    public long start(long projectId, PortalUser school) {
        ProjectView project = projects.get(projectId, school);
        if (!isOwnSchool(school, project)) {
            throw new NotFoundException("project", projectId);
        }
        if (!project.status().running()
                || !books.findByProjectIdOrderByVersionNoDesc(projectId).isEmpty()) {
            throw new TaskBookRejected("taskbook.error.exists");
        }
        TaskBook book = books.save(new TaskBook(projectId, 1, project.year(), project.endYear(), null));
        record(project, school, "taskbook.history.started", book.versionNo());
        return book.id();
    }

    @Transactional
    public void save(long bookId, TaskBookContent content, long expectedVersion, PortalUser school) {
        TaskBook book = own(bookId, school);
        Versions.expect(book.toView().version(), expectedVersion, "taskBook");
        ProjectView project = projects.get(book.projectId(), school);
        book.edit(content, periodOf(book, project));
    }

    @Transactional
    public void submit(long bookId, PortalUser school) {
        TaskBook book = own(bookId, school);
        ProjectView project = projects.get(book.projectId(), school);
        List<Long> active = indicators.indicatorsOf(project.programCode()).stream()
                .filter(IndicatorService.Indicator::active)
                .map(IndicatorService.Indicator::id)
                .toList();
        book.submit(active, periodOf(book, project), as(school, TaskBookMove.SUBMIT), clock.instant());
        record(project, school, "taskbook.history.submitted", book.versionNo());
        notify(accounts.withRole(Role.PROVINCE_ADMIN), "taskbook.notice.submitted", project);
    }

    /** The department approves (locks) the submitted version, or returns it with comments. */
    @Transactional
    public void review(long bookId, boolean approve, String comment, PortalUser admin) {
        TaskBook book = books.findById(bookId).orElseThrow(() -> new NotFoundException("taskBook", bookId));
        ProjectView project = projects.get(book.projectId(), admin);
        TaskBookMove move = approve ? TaskBookMove.APPROVE : TaskBookMove.RETURN;
        if (approve && extendsPeriod(book) && book.content().endYear() <= project.endYear()) {
            // sent in before the period rule checked submissions: approving it would extend nothing
            throw (TaskBookRejected) new TaskBookRejected("taskbook.error.extensionLater").at("endYear");
        }
        book.review(move, as(admin, move), comment, admin.getUsername(), clock.instant());
        if (approve) {
            record(project, admin, "taskbook.history.approved", book.versionNo());
            if (extendsPeriod(book)) {
                projects.extendPeriod(project.id(), book.content().endYear(), admin);
            }
        } else {
            record(project, admin, "taskbook.history.returned", book.versionNo(), comment.strip());
        }
        notify(
                accounts.actingFor(project.organizationId(), Role.SCHOOL_ADMIN),
                approve ? "taskbook.notice.approved" : "taskbook.notice.returned",
                project);
    }

    /** The period the version has: the project's, or for an extension a later end the school gives. */
    private TaskBookRules.PeriodRule periodOf(TaskBook book, ProjectView project) {
        return new TaskBookRules.PeriodRule(project.year(), project.endYear(), extendsPeriod(book));
    }

    /**
     * Whether the version was opened by an approved period extension (延期): the school writes the new end year in it,
     * and its approval puts the longer period into effect on the project.
     */
    boolean extendsPeriod(TaskBook book) {
        return book.changeRequestId() != null
                && requests.findById(book.changeRequestId())
                        .filter(r -> r.kind() == ChangeKind.PERIOD_EXTENSION)
                        .isPresent();
    }

    /** Opens the next version, a draft copy of the current approved one, for an approved change request. */
    TaskBook openNextVersion(long projectId, long changeRequestId) {
        TaskBook approved = current(projectId).orElseThrow(() -> new TaskBookRejected("taskbook.change.error.noBook"));
        return books.save(approved.next(changeRequestId));
    }

    /** A line in the project's history: the project's state unchanged, the step named by its key. */
    void record(ProjectView project, PortalUser actor, String key, Object... arguments) {
        history.save(new TaskBookHistory(
                project.id(),
                project.status().name(),
                actor.getUsername(),
                HistoryReason.key(key, arguments),
                clock.instant()));
    }

    private void notify(List<UserSummary> recipients, String key, ProjectView project) {
        events.publishEvent(new PortalNotice(
                recipients.stream().map(UserSummary::id).toList(),
                key,
                "/projects/" + project.id() + "/task-book",
                project.title()));
    }

    private TaskBook own(long bookId, PortalUser school) {
        TaskBook book = books.findById(bookId).orElseThrow(() -> new NotFoundException("taskBook", bookId));
        ProjectView project = projects.get(book.projectId(), school);
        if (!isOwnSchool(school, project)) {
            throw new NotFoundException("taskBook", bookId);
        }
        return book;
    }

    static boolean isOwnSchool(PortalUser viewer, ProjectView project) {
        return viewer.has(Role.SCHOOL_ADMIN) && Objects.equals(viewer.organizationId(), project.organizationId());
    }

    /** Whether the table allows the move from the state for one of the user's roles: the page offers it then. */
    static boolean may(PortalUser user, Move<?, Role> move, boolean allowedFrom) {
        return allowedFrom && user.roles().stream().anyMatch(move::mayBeMadeBy);
    }

    /** The role in which the user makes the move: one of theirs the move admits, else one the table refuses. */
    static Role as(PortalUser user, Move<?, Role> move) {
        return user.roles().stream()
                .filter(move::mayBeMadeBy)
                .findFirst()
                .or(() -> user.roles().stream().findFirst())
                .orElseThrow(() -> new AccessDeniedException("no role"));
    }
}

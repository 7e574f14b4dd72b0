package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.ReminderLedger;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory.Subject;
import cn.gov.hunan.chuyi.supervision.task.InspectedProjects;
import cn.gov.hunan.chuyi.supervision.task.TaskMove;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Findings (问题清单) and their rectification (整改): raised by inspectors, answered, verified, overdue.
 * Longer than 250 lines because raising (with its project and school checks), the item's page and the answer share the access-checked
 * load and the views; the later life of an item (extension, 催办, 销号, 复查) is {@link RectificationLife}.
 */
@Service
@Transactional(readOnly = true)
public class FindingService {

    private final FindingRepository findings;
    private final FindingAttachmentRepository evidence;
    private final FindingViews views;
    private final FindingAccess access;
    private final TaskService tasks;
    private final InspectedProjects inspected;
    private final SupervisionHistory history;
    private final AttachmentStore store;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExtensionRepository extensions;
    private final RectificationDeadlines deadlines;
    private final ReminderLedger reminders;

    FindingService(
            FindingRepository findings,
            FindingAttachmentRepository evidence,
            FindingViews views,
            FindingAccess access,
            TaskService tasks,
            InspectedProjects inspected,
            SupervisionHistory history,
            AttachmentStore store,
            OrganizationDirectory organizations,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            Clock clock,
            ExtensionRepository extensions,
            RectificationDeadlines deadlines,
            ReminderLedger reminders) {
        this.extensions = extensions;
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.findings = findings;
        this.evidence = evidence;
        this.views = views;
        this.access = access;
        this.tasks = tasks;
        this.inspected = inspected;
        this.history = history;
        this.store = store;
        this.organizations = organizations;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A new finding on the inspector's own task; it becomes a rectification item with its deadline. */
    @Transactional
    public long raise(
            long taskId,
            String category,
            Severity severity,
            String description,
            Long organizationId,
            LocalDate deadline,
            MultipartFile file,
            PortalUser inspector) {
        return raise(taskId, category, severity, description, organizationId, null, deadline, file, inspector);
    }

    /**
     * A new finding, about one of the designated projects the task inspects when {@code projectId} is given: the
     * project's school is then the organisation that answers it (naming another school is refused).
     */
    @Transactional
    public long raise(
            long taskId,
            String category,
            Severity severity,
            String description,
            Long organizationId,
            Long projectId,
            LocalDate deadline,
            MultipartFile file,
            PortalUser inspector) {
        TaskView task = tasks.task(taskId, inspector);
        if (!access.onTeam(inspector, task)) {
            throw new FindingRejected("supervision.finding.error.notOnTeam");
        }
        if (!task.planRunning()) {
            throw new FindingRejected(TaskMove.REFUSAL);
        }
        TaskMove.RAISE_FINDING.checkedFrom(task.status(), TaskMove.RAISE_FINDING.madeAs(inspector), TaskMove.REFUSAL);
        if (isBlank(category) || severity == null || isBlank(description) || deadline == null) {
            throw new FindingRejected("supervision.finding.error.incomplete");
        }
        if (!deadline.isAfter(LocalDate.now(clock))) {
            throw new FindingRejected("supervision.finding.error.deadline").at("deadline");
        }
        if (projectId != null) {
            ProjectView project = inspected.of(task.id()).stream()
                    .filter(p -> p.id() == projectId)
                    .findFirst()
                    .orElseThrow(() -> new FindingRejected("supervision.finding.error.project").at("projectId"));
            if (organizationId != null && organizationId != project.organizationId()) {
                throw new FindingRejected("supervision.finding.error.projectSchool", project.organizationName())
                        .at("organizationId");
            }
            organizationId = project.organizationId();
        }
        if (organizationId == null && task.inspectsSchool()) {
            organizationId = task.organizationId();
        }
        if (organizationId != null) {
            OrganizationProfile school = organizations
                    .find(organizationId)
                    .filter(o -> Objects.equals(o.cityCode(), task.cityCode()))
                    .orElseThrow(
                            () -> new FindingRejected("supervision.finding.error.organization").at("organizationId"));
            organizationId = school.id();
        }
        Finding finding = findings.save(new Finding(
                task.id(),
                category.strip(),
                severity,
                description.strip(),
                task.cityCode(),
                organizationId,
                projectId,
                deadline,
                inspector.getUsername(),
                clock.instant()));
        if (AttachmentStore.chosen(file)) {
            evidence.save(
                    new FindingAttachment(finding.id(), store.store(file), inspector.getUsername(), clock.instant()));
        }
        history.record(
                Subject.FINDING, finding.id(), null, finding.status(), inspector.getUsername(), HistoryReason.none());
        notify(responsibleUsers(finding), "notification.supervision.finding", finding);
        return finding.id();
    }

    /** The finding's page for a viewer who may see it; anyone else gets "not found". */
    public FindingPage page(long id, PortalUser viewer) {
        Finding finding = load(id, viewer);
        TaskView task = task(finding);
        List<ExtensionView> requests = extensions.findByFindingIdOrderByIdDesc(id).stream()
                .map(Extension::toView)
                .toList();
        ExtensionView pending = requests.stream()
                .filter(e -> e.status() == ExtensionStatus.PENDING)
                .findFirst()
                .orElse(null);
        boolean hasPending = pending != null;
        return new FindingPage(
                views.of(List.of(finding)).get(0),
                evidence.findByFindingIdOrderById(id).stream()
                        .map(FindingAttachment::toView)
                        .toList(),
                history.of(Subject.FINDING, id),
                access.mayAnswer(viewer, finding),
                access.mayVerify(viewer, finding, task),
                requests,
                pending,
                reminders.countFor(RectificationDeadlines.link(finding)),
                finding.escalation(LocalDate.now(clock), deadlines.escalateAfterDays()),
                access.mayRequestExtension(viewer, finding, hasPending),
                access.mayDecideExtension(viewer, task, hasPending),
                access.mayChase(viewer, finding, task),
                access.maySignOff(viewer, finding),
                access.mayPutToRecheck(viewer, finding, task),
                access.mayConcludeRecheck(viewer, finding, task),
                access.oversees(viewer, task)
                        || (viewer.has(Role.CITY_OFFICER) && Objects.equals(viewer.cityCode(), task.cityCode())));
    }

    /** An evidence file's bytes, for someone who may see the finding. */
    public Evidence download(long findingId, long evidenceId, PortalUser viewer) {
        load(findingId, viewer);
        FindingAttachment file = evidence.findById(evidenceId)
                .filter(e -> e.findingId() == findingId)
                .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        return new Evidence(
                file.file().originalName(),
                file.file().contentType(),
                store.open(file.file().storageKey()));
    }

    /** A file and its bytes. */
    public record Evidence(String name, String contentType, Resource content) {}

    @Transactional
    public void answer(long id, String measures, MultipartFile file, PortalUser responsible) {
        Finding finding = load(id, responsible);
        if (!access.isAddressedTo(responsible, finding)) {
            throw new NotFoundException("finding", id);
        }
        FindingStatus from = finding.answer(FindingMove.ANSWER.madeAs(responsible), measures, clock.instant());
        if (AttachmentStore.chosen(file)) {
            evidence.save(
                    new FindingAttachment(finding.id(), store.store(file), responsible.getUsername(), clock.instant()));
        }
        history.record(
                Subject.FINDING, finding.id(), from, finding.status(), responsible.getUsername(), HistoryReason.none());
        // answered: nothing is owed any more, so a request for more time waiting for its decision lapses
        extensions.findFirstByFindingIdAndStatus(id, ExtensionStatus.PENDING).ifPresent(request -> {
            request.lapse(null, clock.instant());
            history.record(
                    Subject.FINDING,
                    id,
                    finding.status(),
                    finding.status(),
                    responsible.getUsername(),
                    HistoryReason.key("supervision.history.extensionWithdrawn", request.proposedDeadline()));
        });
        notify(task(finding).team(), "notification.supervision.answered", finding);
    }

    @Transactional
    public void verify(long id, boolean accepted, String comment, PortalUser inspector) {
        Finding finding = load(id, inspector);
        if (!access.onTeam(inspector, task(finding))) {
            throw new NotFoundException("finding", id);
        }
        FindingStatus from = finding.review(
                (accepted ? FindingMove.ACCEPT : FindingMove.SEND_BACK).madeAs(inspector),
                accepted,
                comment,
                LocalDate.now(clock));
        history.record(
                Subject.FINDING,
                finding.id(),
                from,
                finding.status(),
                inspector.getUsername(),
                HistoryReason.typed(comment));
        notify(
                responsibleUsers(finding),
                accepted ? "notification.supervision.accepted" : "notification.supervision.rejected",
                finding);
    }

    /**
     * Flags every item past its deadline without an answer. Runs on a schedule; safe to run twice or on two
     * instances: an item already flagged is left alone, and its version guards against a double update.
     */
    @Transactional
    public int markOverdue() {
        LocalDate today = LocalDate.now(clock);
        int marked = 0;
        for (Finding finding : findings.findDueForOverdue(FindingMove.ANSWER.from(), today)) {
            if (finding.markOverdueIfDue(today)) {
                marked++;
            }
        }
        return marked;
    }

    public long overdueCount() {
        return findings.countOverdue();
    }

    // --- the 督导意见书 (supervision.opinion), which lists a task's findings and starts their rectification clock ---

    /** A task's findings, oldest first, for a caller that has checked its viewer may see the task. */
    public List<FindingView> ofTask(long taskId) {
        return views.of(findings.findByTaskIdOrderById(taskId));
    }

    Finding load(long id, PortalUser viewer) {
        return findings.findById(id)
                .filter(f -> access.maySee(viewer, f, task(f)))
                .orElseThrow(() -> new NotFoundException("finding", id));
    }

    TaskView task(Finding finding) {
        return tasks.byId(List.of(finding.taskId())).get(finding.taskId());
    }

    Collection<Long> responsibleUsers(Finding finding) {
        List<UserSummary> users = finding.organizationId() != null
                ? accounts.actingFor(finding.organizationId(), Role.SCHOOL_ADMIN)
                : accounts.cityOfficers(finding.cityCode());
        return users.stream().map(UserSummary::id).toList();
    }

    void notify(Collection<Long> recipients, String key, Finding finding) {
        events.publishEvent(
                new PortalNotice(recipients, key, "/supervision/findings/" + finding.id(), finding.category()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

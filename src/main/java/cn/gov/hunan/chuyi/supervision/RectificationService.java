package cn.gov.hunan.chuyi.supervision;

import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Findings (问题清单) and their rectification (整改): raised by inspectors, answered, verified, overdue. */
@Service
@Transactional(readOnly = true)
public class RectificationService {

    private final FindingRepository findings;
    private final FindingAttachmentRepository evidence;
    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final SupervisionAccess access;
    private final SupervisionService supervision;
    private final AttachmentStore store;
    private final OrganizationDirectory organizations;
    private final RegionDirectory regions;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RectificationService(FindingRepository findings, FindingAttachmentRepository evidence, TaskRepository tasks,
            PlanRepository plans, SupervisionAccess access, SupervisionService supervision, AttachmentStore store,
            OrganizationDirectory organizations, RegionDirectory regions, AccountDirectory accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.findings = findings;
        this.evidence = evidence;
        this.tasks = tasks;
        this.plans = plans;
        this.access = access;
        this.supervision = supervision;
        this.store = store;
        this.organizations = organizations;
        this.regions = regions;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A new finding on the inspector's own task; it becomes a rectification item with its deadline. */
    @Transactional
    public long raise(long taskId, String category, Severity severity, String description, Long organizationId,
            LocalDate deadline, MultipartFile file, PortalUser inspector) {
        InspectionTask task = supervision.loadTask(taskId, inspector);
        if (!inspector.has(Role.INSPECTOR) || !task.isOnTeam(inspector.id())) {
            throw new SupervisionException("supervision.finding.error.notOnTeam");
        }
        if (task.status() != InspectionTask.Status.PLANNED
                || supervision.loadPlan(task.planId()).status() != Plan.Status.ACTIVE) {
            throw new SupervisionException("supervision.task.error.reported");
        }
        if (isBlank(category) || severity == null || isBlank(description) || deadline == null) {
            throw new SupervisionException("supervision.finding.error.incomplete");
        }
        if (!deadline.isAfter(LocalDate.now(clock))) {
            throw new SupervisionException("supervision.finding.error.deadline").at("deadline");
        }
        if (organizationId == null && task.inspectsSchool()) {
            organizationId = task.organizationId();
        }
        if (organizationId != null) {
            OrganizationProfile school = organizations.find(organizationId)
                    .filter(o -> Objects.equals(o.cityCode(), task.cityCode()))
                    .orElseThrow(() -> new SupervisionException("supervision.finding.error.organization").at("organizationId"));
            organizationId = school.id();
        }
        Finding finding = findings.save(new Finding(task.id(), category.strip(), severity, description.strip(),
                task.cityCode(), organizationId, deadline, inspector.getUsername(), clock.instant()));
        if (AttachmentStore.chosen(file)) {
            evidence.save(new FindingAttachment(finding.id(), store.store(file), inspector.getUsername(), clock.instant()));
        }
        supervision.record(SupervisionChange.Subject.FINDING, finding.id(), null, finding.status().name(),
                inspector.getUsername(), null);
        notify(responsibleUsers(finding), "notification.supervision.finding", finding);
        return finding.id();
    }

    public List<FindingView> ofTask(long taskId, PortalUser viewer) {
        InspectionTask task = supervision.loadTask(taskId, viewer);
        return views(findings.findByTaskIdOrderById(task.id()));
    }

    public FindingView get(long id, PortalUser viewer) {
        return views(List.of(load(id, viewer))).get(0);
    }

    public List<EvidenceView> evidenceOf(long id, PortalUser viewer) {
        load(id, viewer);
        return evidence.findByFindingIdOrderById(id).stream().map(FindingAttachment::toView).toList();
    }

    /** An evidence file's bytes, for someone who may see the finding. */
    public Evidence download(long findingId, long evidenceId, PortalUser viewer) {
        load(findingId, viewer);
        FindingAttachment file = evidence.findById(evidenceId).filter(e -> e.findingId() == findingId)
                .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        return new Evidence(file.file().originalName(), file.file().contentType(), store.open(file.file().storageKey()));
    }

    /** A file and its bytes. */
    public record Evidence(String name, String contentType, Resource content) {}

    public boolean mayAnswer(long id, PortalUser viewer) {
        return access.isAddressedTo(viewer, load(id, viewer));
    }

    public boolean mayVerify(long id, PortalUser viewer) {
        Finding finding = load(id, viewer);
        return viewer.has(Role.INSPECTOR) && task(finding).isOnTeam(viewer.id());
    }

    /** The rectification items the viewer deals with: a school its own, a city its city's, staff all. */
    public Page<FindingView> rectifications(PortalUser viewer, Integer year, String city, FindingStatus status,
            Severity severity, boolean overdueOnly, Pageable pageable) {
        Page<Finding> page;
        if (viewer.has(Role.PROVINCE_ADMIN)) {
            page = findings.search(city, year, null, status, severity, overdueOnly, pageable);
        } else if (viewer.has(Role.CITY_OFFICER) && viewer.cityCode() != null) {
            page = findings.search(viewer.cityCode(), year, null, status, severity, overdueOnly, pageable);
        } else if (viewer.has(Role.SCHOOL_ADMIN) && viewer.organizationId() != null) {
            page = findings.search(null, year, viewer.organizationId(), status, severity, overdueOnly, pageable);
        } else {
            return Page.empty(pageable);
        }
        var views = views(page.getContent());
        return new PageImpl<>(views, pageable, page.getTotalElements());
    }

    @Transactional
    public void answer(long id, String measures, MultipartFile file, PortalUser responsible) {
        Finding finding = load(id, responsible);
        if (!access.isAddressedTo(responsible, finding)) {
            throw new NotFoundException("finding", id);
        }
        FindingStatus from = finding.answer(measures, clock.instant());
        if (AttachmentStore.chosen(file)) {
            evidence.save(new FindingAttachment(finding.id(), store.store(file), responsible.getUsername(), clock.instant()));
        }
        supervision.record(SupervisionChange.Subject.FINDING, finding.id(), from.name(), finding.status().name(),
                responsible.getUsername(), null);
        notify(task(finding).team(), "notification.supervision.answered", finding);
    }

    @Transactional
    public void verify(long id, boolean accepted, String comment, PortalUser inspector) {
        Finding finding = load(id, inspector);
        if (!inspector.has(Role.INSPECTOR) || !task(finding).isOnTeam(inspector.id())) {
            throw new NotFoundException("finding", id);
        }
        FindingStatus from = finding.review(accepted, comment, LocalDate.now(clock));
        supervision.record(SupervisionChange.Subject.FINDING, finding.id(), from.name(), finding.status().name(),
                inspector.getUsername(), comment);
        notify(responsibleUsers(finding), accepted ? "notification.supervision.accepted" : "notification.supervision.rejected",
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
        for (Finding finding : findings.findDueForOverdue(FindingStatus.AWAITING_ANSWER, today)) {
            if (finding.markOverdueIfDue(today)) {
                marked++;
            }
        }
        return marked;
    }

    public long overdueCount() {
        return findings.countOverdue();
    }

    public List<HistoryLine> history(long id, PortalUser viewer) {
        load(id, viewer);
        return supervision.planHistoryOf(SupervisionChange.Subject.FINDING, id);
    }

    private Finding load(long id, PortalUser viewer) {
        return findings.findById(id).filter(f -> access.maySee(viewer, f, task(f)))
                .orElseThrow(() -> new NotFoundException("finding", id));
    }

    private InspectionTask task(Finding finding) {
        return tasks.findById(finding.taskId()).orElseThrow();
    }

    private Collection<Long> responsibleUsers(Finding finding) {
        List<UserSummary> users = finding.organizationId() != null
                ? accounts.actingFor(finding.organizationId(), Role.SCHOOL_ADMIN)
                : accounts.cityOfficers(finding.cityCode());
        return users.stream().map(UserSummary::id).toList();
    }

    private void notify(Collection<Long> recipients, String key, Finding finding) {
        events.publishEvent(new PortalNotice(recipients, key, "/supervision/findings/" + finding.id(), finding.category()));
    }

    private List<FindingView> views(List<Finding> found) {
        Map<Long, OrganizationProfile> orgs = organizations.findAll(found.stream().map(Finding::organizationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, InspectionTask> taskById = tasks.findAllById(found.stream().map(Finding::taskId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(InspectionTask::id, t -> t));
        Map<Long, Integer> yearOf = plans.findAllById(taskById.values().stream().map(InspectionTask::planId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Plan::id, Plan::year));
        return found.stream().map(f -> f.toView(regions.city(f.cityCode()).map(City::name).orElse(f.cityCode()),
                f.organizationId() == null ? null : orgs.get(f.organizationId()).name(),
                yearOf.get(taskById.get(f.taskId()).planId()))).toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

package cn.gov.hunan.chuyi.supervision;

import cn.gov.hunan.chuyi.shared.Versions;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans, inspection tasks and results of the annual supervision (年度督导). */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final FindingRepository findings;
    private final SupervisionChangeRepository changes;
    private final SupervisionAccess access;
    private final RegionDirectory regions;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionService(PlanRepository plans, TaskRepository tasks, FindingRepository findings,
            SupervisionChangeRepository changes, SupervisionAccess access, RegionDirectory regions,
            AccountDirectory accounts, OrganizationDirectory organizations,
            ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.findings = findings;
        this.changes = changes;
        this.access = access;
        this.regions = regions;
        this.accounts = accounts;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    // ---- plans ----

    public List<PlanView> plans() {
        return plans.findAllByOrderByYearDesc().stream().map(Plan::toView).toList();
    }

    public PlanView plan(long id) {
        return loadPlan(id).toView();
    }

    public List<IndicatorView> defaultIndicators() {
        return DefaultIndicators.lines();
    }

    public String defaultTopic() {
        return DefaultIndicators.TOPIC;
    }

    /** The indicators of the latest plan before {@code year}, to start a new plan from last year's. */
    public List<IndicatorView> indicatorsOfYearBefore(int year) {
        return plans.findAllByOrderByYearDesc().stream()
                .filter(p -> p.year() < year)
                .findFirst()
                .map(p -> p.indicators().stream().map(Indicator::toView).map(i -> new IndicatorView(null, i.name(),
                        i.weight(), i.guide(), i.numeratorLabel(), i.denominatorLabel(), i.targetPercent())).toList())
                .orElse(List.of());
    }

    @Transactional
    public long createPlan(int year, String topic, LocalDate visitFrom, LocalDate visitTo, List<IndicatorView> lines,
            String actor) {
        return createPlan(year, topic, false, Set.of(), visitFrom, visitTo, lines, actor);
    }

    /**
     * Creates a plan; {@code schoolsOnly} scopes it to the chosen schools (a task each) instead of the 14 cities.
     */
    @Transactional
    public long createPlan(int year, String topic, boolean schoolsOnly, Set<Long> schoolIds, LocalDate visitFrom,
            LocalDate visitTo, List<IndicatorView> lines, String actor) {
        if (year < 2000 || year > 2100 || topic == null || topic.isBlank() || visitFrom == null || visitTo == null
                || visitFrom.isAfter(visitTo)) {
            throw new SupervisionException("supervision.plan.error.fields");
        }
        for (IndicatorView line : lines) {
            if (line.weight() == null || line.weight().signum() <= 0 || line.weight().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new SupervisionException("supervision.plan.error.weight");
            }
        }
        topic = topic.strip();
        if (schoolsOnly) {
            var found = organizations.findAll(schoolIds);
            if (found.size() != schoolIds.size() || found.values().stream().anyMatch(o -> !o.kind().isSchool())) {
                throw new SupervisionException("supervision.plan.error.noSchools");
            }
        }
        if (plans.findByYear(year).isPresent()) {
            throw new SupervisionException("supervision.plan.error.yearTaken", year);
        }
        if (lines.isEmpty()) {
            throw new SupervisionException("supervision.plan.error.noIndicators");
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            indicators.add(new Indicator(lines.get(i), i + 1));
        }
        Plan plan = plans.save(new Plan(year, topic, schoolsOnly ? Plan.Scope.SCHOOLS : Plan.Scope.CITIES, schoolIds,
                visitFrom, visitTo, indicators));
        record(SupervisionChange.Subject.PLAN, plan.id(), null, plan.status().name(), actor, null);
        return plan.id();
    }

    /** Starts the plan: one inspection task for each of the 14 市州. */
    @Transactional
    public void activate(long planId, long expectedVersion, String actor) {
        Plan plan = loadPlan(planId);
        Versions.expect(plan.version(), expectedVersion, "supervision record");
        Plan.Status from = plan.activate();
        if (plan.scope() == Plan.Scope.SCHOOLS) {
            for (var school : organizations.findAll(plan.schoolIds()).values()) {
                tasks.save(new InspectionTask(plan.id(), school.cityCode(), school.id(), plan.visitFrom(), plan.visitTo()));
            }
        } else {
            for (City city : regions.cities()) {
                tasks.save(new InspectionTask(plan.id(), city.code(), plan.visitFrom(), plan.visitTo()));
            }
        }
        record(SupervisionChange.Subject.PLAN, plan.id(), from.name(), plan.status().name(), actor, null);
        // every city bureau is asked for its figures
        events.publishEvent(new PortalNotice(
                accounts.withRole(Role.CITY_OFFICER).stream().map(UserSummary::id).toList(),
                "notification.supervision.started", "/supervision/tasks", plan.year() + " " + plan.topic()));
    }

    /** Publishes the year's results once every task has reported; then they are frozen. */
    @Transactional
    public void publish(long planId, long expectedVersion, String actor) {
        Plan plan = loadPlan(planId);
        Versions.expect(plan.version(), expectedVersion, "supervision record");
        long unreported = tasks.findByPlanIdOrderByCityCode(planId).stream()
                .filter(t -> t.status() != InspectionTask.Status.REPORTED).count();
        if (unreported > 0) {
            throw new SupervisionException("supervision.plan.error.unreported", unreported);
        }
        Plan.Status from = plan.publish(clock.instant());
        record(SupervisionChange.Subject.PLAN, plan.id(), from.name(), plan.status().name(), actor, null);
        events.publishEvent(new PortalNotice(
                accounts.withRole(Role.CITY_OFFICER).stream().map(UserSummary::id).toList(),
                "notification.supervision.published", "/supervision/tasks", plan.year() + " " + plan.topic()));
    }

    public List<HistoryLine> planHistory(long planId) {
        return history(SupervisionChange.Subject.PLAN, planId);
    }

    // ---- tasks ----

    /** The tasks the viewer may see: all for province staff, its own for an inspector, its city's for a city. */
    public List<TaskView> tasksFor(PortalUser viewer, Long planId) {
        List<InspectionTask> found;
        if (viewer.has(Role.PROVINCE_ADMIN)) {
            found = planId == null ? tasks.findAll() : tasks.findByPlanIdOrderByCityCode(planId);
        } else if (viewer.has(Role.INSPECTOR)) {
            found = tasks.findForInspector(viewer.id());
        } else if (viewer.has(Role.CITY_OFFICER) && viewer.cityCode() != null) {
            found = tasks.findByCityCodeOrderByPlanIdDesc(viewer.cityCode());
        } else if (viewer.has(Role.SCHOOL_ADMIN) && viewer.organizationId() != null) {
            found = tasks.findByOrganizationIdOrderByPlanIdDesc(viewer.organizationId());
        } else {
            return List.of();
        }
        return views(found.stream().filter(t -> planId == null || t.planId() == planId).toList());
    }

    TaskView viewOf(InspectionTask task) {
        return views(List.of(task)).get(0);
    }

    public TaskView task(long id, PortalUser viewer) {
        return views(List.of(loadTask(id, viewer))).get(0);
    }

    /** The same city's figures in earlier plans, by indicator name, for the team to compare. */
    public Map<String, List<String>> earlierFigures(long taskId, PortalUser viewer) {
        InspectionTask task = loadTask(taskId, viewer);
        Map<String, List<String>> byName = new HashMap<>();
        for (InspectionTask earlier : tasks.findByCityCodeOrderByPlanIdDesc(task.cityCode())) {
            if (earlier.planId() == task.planId() || !Objects.equals(earlier.organizationId(), task.organizationId())) {
                continue;
            }
            Plan plan = plans.findById(earlier.planId()).orElseThrow();
            if (plan.year() >= loadPlan(task.planId()).year()) {
                continue;
            }
            for (Indicator indicator : plan.indicators()) {
                Figures figures = earlier.data().get(indicator.id());
                if (figures != null) {
                    byName.computeIfAbsent(indicator.toView().name(), k -> new ArrayList<>())
                            .add(plan.year() + "：" + figures.percent() + "%");
                }
            }
        }
        return byName;
    }

    @Transactional
    public void assignTeam(long taskId, long leadId, Set<Long> memberIds, LocalDate from, LocalDate to,
            PortalUser admin) {
        InspectionTask task = loadTask(taskId, admin);
        requireActive(task);
        Set<Long> inspectors = accounts.withRole(Role.INSPECTOR).stream().map(UserSummary::id).collect(Collectors.toSet());
        if (!inspectors.contains(leadId) || !inspectors.containsAll(memberIds)) {
            throw new SupervisionException("supervision.task.error.notInspector");
        }
        task.assignTeam(leadId, memberIds, from, to);
        record(SupervisionChange.Subject.TASK, task.id(), task.status().name(), task.status().name(), admin.getUsername(),
                "督查组：" + accounts.findAll(task.team()).values().stream().map(UserSummary::displayName)
                        .sorted().collect(Collectors.joining("、")));
        events.publishEvent(new PortalNotice(task.team(), "notification.supervision.task", "/supervision/tasks/" + task.id(),
                viewOf(task).subjectName()));
    }

    /** The city submits the figures the plan asks for, before the visit. */
    @Transactional
    public void submitData(long taskId, Map<Long, int[]> figures, PortalUser city) {
        InspectionTask task = loadTask(taskId, city);
        if (!access.mayReportData(city, task)) {
            throw new NotFoundException("task", taskId);
        }
        requireActive(task);
        Plan plan = loadPlan(task.planId());
        Instant now = clock.instant();
        Map<Long, Figures> accepted = new HashMap<>();
        for (Indicator indicator : plan.indicators()) {
            int[] pair = figures.get(indicator.id());
            if (indicator.quantitative() && pair != null) {
                accepted.put(indicator.id(), new Figures(pair[0], pair[1], city.getUsername(), now));
            }
        }
        task.submitData(accepted);
    }

    /** The team lead scores the indicators (0–100 each); a draft until the report is submitted. */
    @Transactional
    public void score(long taskId, Map<Long, IndicatorScore> scores, long expectedVersion, PortalUser lead) {
        InspectionTask task = leadOf(taskId, lead);
        Versions.expect(task.version(), expectedVersion, "supervision record");
        task.score(loadPlan(task.planId()).indicators(), scores);
    }

    @Transactional
    public void report(long taskId, String summary, PortalUser lead) {
        InspectionTask task = leadOf(taskId, lead);
        InspectionTask.Status from = task.report(loadPlan(task.planId()).indicators(), summary, clock.instant());
        record(SupervisionChange.Subject.TASK, task.id(), from.name(), task.status().name(), lead.getUsername(), null);
        events.publishEvent(new PortalNotice(
                accounts.withRole(Role.PROVINCE_ADMIN).stream().map(UserSummary::id).toList(),
                "notification.supervision.reported", "/supervision/tasks/" + task.id(),
                regions.city(task.cityCode()).map(City::name).orElse(task.cityCode())));
    }

    public List<HistoryLine> taskHistory(long taskId, PortalUser viewer) {
        loadTask(taskId, viewer);
        return history(SupervisionChange.Subject.TASK, taskId);
    }

    /** Whether the viewer reports the task's figures (the city for a city task, the school for a school task). */
    public boolean mayReportData(long taskId, PortalUser viewer) {
        return access.mayReportData(viewer, loadTask(taskId, viewer));
    }

    public List<UserSummary> inspectors() {
        return accounts.withRole(Role.INSPECTOR);
    }

    // ---- results ----

    /** Each city's scores, total, grade and rank in the year, with its earlier published years. */
    public List<CityResult> results(long planId) {
        Plan plan = loadPlan(planId);
        List<InspectionTask> yearTasks = tasks.findByPlanIdOrderByCityCode(planId);
        Map<String, List<CityResult.EarlierYear>> earlier = earlierYears(plan);
        Map<Long, long[]> findingCounts = new HashMap<>();
        yearTasks.forEach(t -> findingCounts.put(t.id(), new long[2]));
        for (Finding f : findings.findByTaskIdIn(yearTasks.stream().map(InspectionTask::id).toList())) {
            long[] counts = findingCounts.get(f.taskId());
            counts[0] += f.status() != FindingStatus.CLOSED ? 1 : 0;
            counts[1] += f.overdue() ? 1 : 0;
        }
        Map<Long, String> subjectNames = views(yearTasks).stream()
                .collect(Collectors.toMap(TaskView::id, TaskView::subjectName));
        List<InspectionTask> ranked = new ArrayList<>(yearTasks);
        ranked.sort(Comparator.comparing(InspectionTask::totalScore, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(InspectionTask::cityCode));
        List<CityResult> results = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            InspectionTask t = ranked.get(i);
            Map<Long, BigDecimal> scores = new HashMap<>();
            t.scores().forEach((k, v) -> scores.put(k, v.score()));
            results.add(new CityResult(i + 1, t.cityCode(), subjectNames.get(t.id()),
                    t.id(), scores, t.totalScore(), t.grade(), findingCounts.get(t.id())[0], findingCounts.get(t.id())[1],
                    earlier.getOrDefault(t.cityCode(), List.of())));
        }
        return results;
    }

    private Map<String, List<CityResult.EarlierYear>> earlierYears(Plan plan) {
        List<Plan> published = plans.findByStatusOrderByYear(Plan.Status.PUBLISHED).stream()
                .filter(p -> p.year() < plan.year()).toList();
        Map<Long, Integer> yearOf = published.stream().collect(Collectors.toMap(Plan::id, Plan::year));
        Map<String, List<CityResult.EarlierYear>> byCity = new HashMap<>();
        if (yearOf.isEmpty()) {
            return byCity;
        }
        for (InspectionTask t : tasks.findByPlanIdIn(yearOf.keySet())) {
            if (t.totalScore() != null && !t.inspectsSchool()) {
                byCity.computeIfAbsent(t.cityCode(), k -> new ArrayList<>())
                        .add(new CityResult.EarlierYear(yearOf.get(t.planId()), t.totalScore(), t.grade()));
            }
        }
        byCity.values().forEach(list -> list.sort(Comparator.comparing(CityResult.EarlierYear::year).reversed()));
        return byCity;
    }

    // ---- helpers ----

    Plan loadPlan(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    InspectionTask loadTask(long id, PortalUser viewer) {
        return tasks.findById(id).filter(t -> access.maySee(viewer, t))
                .orElseThrow(() -> new NotFoundException("task", id));
    }

    private InspectionTask leadOf(long taskId, PortalUser lead) {
        InspectionTask task = loadTask(taskId, lead);
        if (!task.isLead(lead.id())) {
            throw new SupervisionException("supervision.task.error.notLead");
        }
        requireActive(task);
        return task;
    }

    private void requireActive(InspectionTask task) {
        if (loadPlan(task.planId()).status() != Plan.Status.ACTIVE) {
            throw new SupervisionException("supervision.plan.error.frozen");
        }
    }

    private List<TaskView> views(List<InspectionTask> found) {
        Set<Long> people = new HashSet<>();
        found.forEach(t -> people.addAll(t.team()));
        Map<Long, UserSummary> users = accounts.findAll(people);
        Map<Long, Plan> planById = plans.findAllById(found.stream().map(InspectionTask::planId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Plan::id, p -> p));
        var schools = organizations.findAll(found.stream().map(InspectionTask::organizationId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return found.stream().map(t -> {
            Plan plan = planById.get(t.planId());
            return new TaskView(t.id(), t.planId(), plan.year(), plan.status().name(), t.cityCode(),
                    regions.city(t.cityCode()).map(City::name).orElse(t.cityCode()), t.organizationId(),
                    t.organizationId() == null ? null : schools.get(t.organizationId()).name(), t.status().name(), t.leadId(),
                    t.leadId() == null ? null : users.get(t.leadId()).displayName(),
                    t.memberIds().stream().map(users::get).map(UserSummary::displayName).sorted().toList(),
                    List.copyOf(t.memberIds()), t.visitFrom(), t.visitTo(), t.reportSummary(), t.totalScore(), t.grade(),
                    Map.copyOf(t.data()), Map.copyOf(t.scores()), t.version());
        }).toList();
    }

    void record(SupervisionChange.Subject subject, long id, String from, String to, String actor, String reason) {
        changes.save(new SupervisionChange(subject, id, from, to, actor, reason, clock.instant()));
    }

    List<HistoryLine> planHistoryOf(SupervisionChange.Subject subject, long id) {
        return history(subject, id);
    }

    private List<HistoryLine> history(SupervisionChange.Subject subject, long id) {
        return changes.history(subject, id).stream().map(SupervisionChange::toLine).toList();
    }

}

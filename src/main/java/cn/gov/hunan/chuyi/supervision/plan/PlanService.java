package cn.gov.hunan.chuyi.supervision.plan;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.Versions;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory.Subject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The year's plans: created with their indicators, started (tasks are created), published (results frozen). */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final PlanTasks tasks;
    private final SupervisionHistory history;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(
            PlanRepository plans,
            PlanTasks tasks,
            SupervisionHistory history,
            AccountDirectory accounts,
            OrganizationDirectory organizations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.history = history;
        this.accounts = accounts;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    public List<PlanView> plans() {
        return plans.findAllByOrderByYearDesc().stream().map(Plan::toView).toList();
    }

    public PlanView plan(long id) {
        return load(id).toView();
    }

    /** The year and state of each plan, by id: one statement. */
    public Map<Long, PlanYear> years(Collection<Long> ids) {
        return plans.findAllById(ids).stream()
                .collect(Collectors.toMap(Plan::id, p -> new PlanYear(p.id(), p.year(), p.status())));
    }

    /** The published plans before {@code year}, for the earlier years of a result. */
    public List<PlanYear> publishedBefore(int year) {
        return plans.findByStatusOrderByYear(PlanStatus.PUBLISHED).stream()
                .filter(p -> p.year() < year)
                .map(p -> new PlanYear(p.id(), p.year(), p.status()))
                .toList();
    }

    /** The running plans, whose open tasks still take figures. */
    public List<PlanView> active() {
        return plans.findByStatusOrderByYear(PlanStatus.ACTIVE).stream()
                .map(Plan::toView)
                .toList();
    }

    /** Refuses a change to the plan's tasks unless the plan runs: before it starts there are none, after it is published they are frozen. */
    public void requireActive(long planId) {
        if (load(planId).status() != PlanStatus.ACTIVE) {
            throw new PlanRejected("supervision.plan.error.frozen");
        }
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
                .map(p -> p.indicators().stream()
                        .map(Indicator::toView)
                        .map(i -> new IndicatorView(
                                null,
                                i.name(),
                                i.weight(),
                                i.guide(),
                                i.numeratorLabel(),
                                i.denominatorLabel(),
                                i.targetPercent()))
                        .toList())
                .orElse(List.of());
    }

    @Transactional
    public long createPlan(
            int year, String topic, LocalDate visitFrom, LocalDate visitTo, List<IndicatorView> lines, String actor) {
        return createPlan(year, topic, false, Set.of(), visitFrom, visitTo, lines, actor);
    }

    /**
     * Creates a plan; {@code schoolsOnly} scopes it to the chosen schools (a task each) instead of the 14 cities.
     */
    @Transactional
    public long createPlan(
            int year,
            String topic,
            boolean schoolsOnly,
            Set<Long> schoolIds,
            LocalDate visitFrom,
            LocalDate visitTo,
            List<IndicatorView> lines,
            String actor) {
        if (year < 2000
                || year > 2100
                || topic == null
                || topic.isBlank()
                || visitFrom == null
                || visitTo == null
                || visitFrom.isAfter(visitTo)) {
            throw new PlanRejected("supervision.plan.error.fields");
        }
        for (IndicatorView line : lines) {
            if (line.weight() == null
                    || line.weight().signum() <= 0
                    || line.weight().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new PlanRejected("supervision.plan.error.weight");
            }
        }
        topic = topic.strip();
        if (schoolsOnly) {
            var found = organizations.findAll(schoolIds);
            if (found.size() != schoolIds.size()
                    || found.values().stream().anyMatch(o -> !o.kind().isSchool())) {
                throw new PlanRejected("supervision.plan.error.noSchools");
            }
        }
        if (plans.findByYear(year).isPresent()) {
            throw new PlanRejected("supervision.plan.error.yearTaken", year);
        }
        if (lines.isEmpty()) {
            throw new PlanRejected("supervision.plan.error.noIndicators");
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            indicators.add(new Indicator(lines.get(i), i + 1));
        }
        Plan plan = plans.save(new Plan(
                year,
                topic,
                schoolsOnly ? Plan.Scope.SCHOOLS : Plan.Scope.CITIES,
                schoolIds,
                visitFrom,
                visitTo,
                indicators));
        history.record(Subject.PLAN, plan.id(), null, plan.status(), actor, HistoryReason.none());
        return plan.id();
    }

    /** Starts the plan: one inspection task for each of the 14 市州, or for each chosen school. */
    @Transactional
    public void activate(long planId, long expectedVersion, PortalUser admin) {
        Plan plan = load(planId);
        Versions.expect(plan.version(), expectedVersion, "supervision record");
        PlanStatus from = plan.activate(PlanMove.ACTIVATE.madeAs(admin));
        tasks.start(
                plan.id(),
                plan.scope() == Plan.Scope.SCHOOLS ? plan.schoolIds() : Set.of(),
                plan.visitFrom(),
                plan.visitTo());
        history.record(Subject.PLAN, plan.id(), from, plan.status(), admin.getUsername(), HistoryReason.none());
        // every city bureau is asked for its figures
        events.publishEvent(new PortalNotice(
                accounts.withRole(Role.CITY_OFFICER).stream()
                        .map(UserSummary::id)
                        .toList(),
                "notification.supervision.started",
                "/supervision/tasks",
                plan.year() + " " + plan.topic()));
    }

    /** Publishes the year's results once every task has reported; then they are frozen. */
    @Transactional
    public void publish(long planId, long expectedVersion, PortalUser admin) {
        Plan plan = load(planId);
        Versions.expect(plan.version(), expectedVersion, "supervision record");
        long unreported = tasks.unreported(planId);
        if (unreported > 0) {
            throw new PlanRejected("supervision.plan.error.unreported", unreported);
        }
        PlanStatus from = plan.publish(PlanMove.PUBLISH.madeAs(admin), clock.instant());
        history.record(Subject.PLAN, plan.id(), from, plan.status(), admin.getUsername(), HistoryReason.none());
        events.publishEvent(new PortalNotice(
                accounts.withRole(Role.CITY_OFFICER).stream()
                        .map(UserSummary::id)
                        .toList(),
                "notification.supervision.published",
                "/supervision/tasks",
                plan.year() + " " + plan.topic()));
    }

    /** The plan's page for the viewer: its tasks, history, and the moves offered. */
    public PlanPage page(long planId, PortalUser viewer) {
        PlanView plan = load(planId).toView();
        return PlanPage.of(plan, tasks.lines(planId, viewer), inspectors(), history.of(Subject.PLAN, planId), viewer);
    }

    /** How many tasks the plan has, said before it is published. */
    public int taskCount(long planId) {
        return tasks.lines(load(planId).id(), null).size();
    }

    /** Who may be put on a team. */
    public List<UserSummary> inspectors() {
        return accounts.withRole(Role.INSPECTOR);
    }

    private Plan load(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }
}

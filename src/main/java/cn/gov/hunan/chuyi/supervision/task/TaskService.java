package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.Versions;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory.Subject;
import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import cn.gov.hunan.chuyi.supervision.plan.PlanYear;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inspection tasks (督查任务): who sees them, the team, the city's or school's figures, the lead's scores and report. */
@Service
@Transactional(readOnly = true)
public class TaskService {

    private final TaskRepository tasks;
    private final TaskViews views;
    private final TaskAccess access;
    private final PlanService plans;
    private final SupervisionHistory history;
    private final RegionDirectory regions;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(
            TaskRepository tasks,
            TaskViews views,
            TaskAccess access,
            PlanService plans,
            SupervisionHistory history,
            RegionDirectory regions,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.views = views;
        this.access = access;
        this.plans = plans;
        this.history = history;
        this.regions = regions;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

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
        return views(found.stream()
                .filter(t -> planId == null || t.planId() == planId)
                .toList());
    }

    public TaskView task(long id, PortalUser viewer) {
        return views(List.of(load(id, viewer))).get(0);
    }

    /**
     * Tasks by id, whoever asks: for the finding and results modules, which decide themselves who may see what they
     * show (a finding's viewer is checked against its task's team and city).
     */
    public Map<Long, TaskView> byId(Collection<Long> ids) {
        return views(tasks.findAllById(ids)).stream().collect(Collectors.toMap(TaskView::id, t -> t));
    }

    /** The year of each task's plan, in two statements whatever the number of tasks: for lists of findings. */
    public Map<Long, Integer> yearsOf(Collection<Long> taskIds) {
        List<InspectionTask> found = tasks.findAllById(taskIds);
        Map<Long, PlanYear> byPlan =
                plans.years(found.stream().map(InspectionTask::planId).collect(Collectors.toSet()));
        return found.stream()
                .collect(Collectors.toMap(
                        InspectionTask::id, t -> byPlan.get(t.planId()).year()));
    }

    /** Every task of the plan, for its results. */
    public List<TaskView> ofPlan(long planId) {
        return views(tasks.findByPlanIdOrderByCityCode(planId));
    }

    /** A task's total and grade, without its team or figures: the earlier years of a result. */
    public record Total(long planId, String cityCode, boolean inspectsSchool, BigDecimal total, Grade grade) {}

    /** The totals of the given plans' tasks, in one statement. */
    public List<Total> totals(Collection<Long> planIds) {
        return tasks.findByPlanIdIn(planIds).stream()
                .map(t -> new Total(t.planId(), t.cityCode(), t.inspectsSchool(), t.totalScore(), t.grade()))
                .toList();
    }

    /** The same city's figures in earlier plans, by indicator name, for the team to compare. */
    public Map<String, List<EarlierFigure>> earlierFigures(long taskId, PortalUser viewer) {
        InspectionTask task = load(taskId, viewer);
        int year = plans.plan(task.planId()).year();
        Map<String, List<EarlierFigure>> byName = new HashMap<>();
        for (InspectionTask earlier : tasks.findByCityCodeOrderByPlanIdDesc(task.cityCode())) {
            if (earlier.planId() == task.planId() || !Objects.equals(earlier.organizationId(), task.organizationId())) {
                continue;
            }
            PlanView plan = plans.plan(earlier.planId());
            if (plan.year() >= year) {
                continue;
            }
            for (IndicatorView indicator : plan.indicators()) {
                Figures figures = earlier.data().get(indicator.id());
                if (figures != null) {
                    byName.computeIfAbsent(indicator.name(), k -> new ArrayList<>())
                            .add(new EarlierFigure(plan.year(), figures.percent()));
                }
            }
        }
        return byName;
    }

    @Transactional
    public void assignTeam(
            long taskId, long leadId, Set<Long> memberIds, LocalDate from, LocalDate to, PortalUser admin) {
        InspectionTask task = load(taskId, admin);
        plans.requireActive(task.planId());
        Set<Long> inspectors =
                accounts.withRole(Role.INSPECTOR).stream().map(UserSummary::id).collect(Collectors.toSet());
        if (!inspectors.contains(leadId) || !inspectors.containsAll(memberIds)) {
            throw new TaskRejected("supervision.task.error.notInspector");
        }
        task.assignTeam(TaskMove.ASSIGN_TEAM.madeAs(admin), leadId, memberIds, from, to);
        history.record(
                Subject.TASK,
                task.id(),
                task.status(),
                task.status(),
                admin.getUsername(),
                HistoryReason.key(
                        "supervision.history.team",
                        accounts.findAll(task.team()).values().stream()
                                .map(UserSummary::displayName)
                                .sorted()
                                .collect(Collectors.joining("、"))));
        events.publishEvent(new PortalNotice(
                task.team(),
                "notification.supervision.task",
                "/supervision/tasks/" + task.id(),
                views(List.of(task)).get(0).subjectName()));
    }

    /** The city submits the figures the plan asks for, before the visit. */
    @Transactional
    public void submitData(long taskId, Map<Long, int[]> figures, PortalUser city) {
        InspectionTask task = load(taskId, city);
        if (!access.mayReportData(city, task)) {
            throw new NotFoundException("task", taskId);
        }
        plans.requireActive(task.planId());
        Instant now = clock.instant();
        Map<Long, Figures> accepted = new HashMap<>();
        for (IndicatorView indicator : plans.plan(task.planId()).indicators()) {
            int[] pair = figures.get(indicator.id());
            if (indicator.quantitative() && pair != null) {
                accepted.put(indicator.id(), new Figures(pair[0], pair[1], city.getUsername(), now));
            }
        }
        task.submitData(TaskMove.SUBMIT_DATA.madeAs(city), accepted);
    }

    /** The team lead scores the indicators (0–100 each); a draft until the report is submitted. */
    @Transactional
    public void score(long taskId, Map<Long, IndicatorScore> scores, long expectedVersion, PortalUser lead) {
        InspectionTask task = leadOf(taskId, lead);
        Versions.expect(task.version(), expectedVersion, "supervision record");
        task.score(TaskMove.SCORE.madeAs(lead), plans.plan(task.planId()).indicators(), scores);
    }

    @Transactional
    public void report(long taskId, String summary, PortalUser lead) {
        InspectionTask task = leadOf(taskId, lead);
        TaskStatus from = task.report(
                TaskMove.REPORT.madeAs(lead), plans.plan(task.planId()).indicators(), summary, clock.instant());
        history.record(Subject.TASK, task.id(), from, task.status(), lead.getUsername(), HistoryReason.none());
        events.publishEvent(new PortalNotice(
                accounts.withRole(Role.PROVINCE_ADMIN).stream()
                        .map(UserSummary::id)
                        .toList(),
                "notification.supervision.reported",
                "/supervision/tasks/" + task.id(),
                regions.city(task.cityCode()).map(City::name).orElse(task.cityCode())));
    }

    public List<HistoryLine> history(long taskId, PortalUser viewer) {
        load(taskId, viewer);
        return history.of(Subject.TASK, taskId);
    }

    InspectionTask load(long id, PortalUser viewer) {
        return tasks.findById(id)
                .filter(t -> access.maySee(viewer, t))
                .orElseThrow(() -> new NotFoundException("task", id));
    }

    List<TaskView> views(List<InspectionTask> found) {
        return views.views(
                found, plans.years(found.stream().map(InspectionTask::planId).collect(Collectors.toSet())));
    }

    private InspectionTask leadOf(long taskId, PortalUser lead) {
        InspectionTask task = load(taskId, lead);
        if (!task.isLead(lead.id())) {
            throw new TaskRejected("supervision.task.error.notLead");
        }
        plans.requireActive(task.planId());
        return task;
    }
}

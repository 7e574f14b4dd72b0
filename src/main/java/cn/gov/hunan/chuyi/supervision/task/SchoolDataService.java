package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures each school reports for its city's inspection, before the visit (学校数据报送). */
@Service
@Transactional(readOnly = true)
public class SchoolDataService {

    private final SchoolFiguresRepository figures;
    private final TaskRepository tasks;
    private final PlanService plans;
    private final TaskService supervision;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final Clock clock;

    SchoolDataService(
            SchoolFiguresRepository figures,
            TaskRepository tasks,
            PlanService plans,
            TaskService supervision,
            OrganizationDirectory organizations,
            AccountDirectory accounts,
            Clock clock) {
        this.figures = figures;
        this.tasks = tasks;
        this.plans = plans;
        this.supervision = supervision;
        this.organizations = organizations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * A request for data that a school answers: the open task of its city in an active plan, what the school's figures
     * are, and, by indicator, those that came from the city's import (the school may still correct them).
     */
    public record Request(TaskView task, PlanView plan, Map<Long, int[]> own, Map<Long, Imported> imported) {}

    /** Figures the city's import gave: who imported them (their name), from which file, when. */
    public record Imported(String by, String fileName, LocalDateTime at) {}

    /** The school's data page: what its city's tasks ask of it, and the tasks that inspect the school itself. */
    public record SchoolDataPage(List<Request> requests, List<TaskView> ownTasks) {}

    public SchoolDataPage page(PortalUser school) {
        return new SchoolDataPage(requestsFor(school), supervision.tasksFor(school, null));
    }

    /** The open tasks of the school's city that ask for figures, with what the school already reported. */
    List<Request> requestsFor(PortalUser school) {
        OrganizationProfile own = ownSchool(school);
        List<InspectionTask> open = new ArrayList<>();
        for (PlanView plan : plans.active()) {
            tasks.findByPlanIdOrderByCityCode(plan.id()).stream()
                    .filter(t -> t.sameCity(own.cityCode())
                            && !t.inspectsSchool()
                            && TaskMove.SUBMIT_DATA.allowedFrom(t.status()))
                    .forEach(open::add);
        }
        Map<Long, Map<Long, int[]>> reported = new HashMap<>();
        Map<Long, Map<Long, Imported>> imported = new HashMap<>();
        List<SchoolFigures> found = figures.findByKeyOrganizationIdAndKeyTaskIdIn(
                own.id(), open.stream().map(InspectionTask::id).toList());
        Map<String, String> names = accounts.displayNames(found.stream()
                .filter(f -> f.importedFrom() != null)
                .map(SchoolFigures::submittedBy)
                .toList());
        for (SchoolFigures f : found) {
            reported.computeIfAbsent(f.key().taskId(), k -> new HashMap<>())
                    .put(f.key().indicatorId(), new int[] {f.numerator(), f.denominator()});
            if (f.importedFrom() != null) {
                imported.computeIfAbsent(f.key().taskId(), k -> new HashMap<>())
                        .put(
                                f.key().indicatorId(),
                                new Imported(
                                        names.get(f.submittedBy()),
                                        f.importedFrom(),
                                        PortalTime.local(f.submittedAt())));
            }
        }
        List<Request> requests = new ArrayList<>();
        List<TaskView> views = supervision.views(open);
        for (int i = 0; i < open.size(); i++) {
            InspectionTask task = open.get(i);
            requests.add(new Request(
                    views.get(i),
                    plans.plan(task.planId()),
                    reported.getOrDefault(task.id(), Map.of()),
                    imported.getOrDefault(task.id(), Map.of())));
        }
        return requests;
    }

    /** Stores the school's figures for the quantitative indicators of its city's open task. */
    @Transactional
    public void submit(long taskId, Map<Long, int[]> given, PortalUser school) {
        OrganizationProfile own = ownSchool(school);
        InspectionTask task = tasks.findById(taskId)
                .filter(t -> t.sameCity(own.cityCode()) && !t.inspectsSchool())
                .orElseThrow(() -> new NotFoundException("task", taskId));
        PlanView plan = plans.plan(task.planId());
        requireAcceptsSchoolFigures(task, plan, school);
        for (IndicatorView indicator : plan.indicators()) {
            int[] pair = given.get(indicator.id());
            if (indicator.quantitative() && pair != null) {
                var key = new SchoolFigures.Key(task.id(), indicator.id(), own.id());
                figures.findById(key)
                        .ifPresentOrElse(
                                existing -> existing.change(pair[0], pair[1], school.getUsername(), clock.instant()),
                                () -> figures.save(new SchoolFigures(
                                        key, pair[0], pair[1], school.getUsername(), clock.instant())));
            }
        }
    }

    /**
     * Whether the city task takes schools' figures from {@code user} now: its plan runs and the task's table lets the
     * user's role report figures in the task's state. The school's own form and the city's import both ask this.
     */
    static boolean acceptsSchoolFigures(InspectionTask task, PlanView plan, PortalUser user) {
        return !task.inspectsSchool()
                && plan.status() == PlanStatus.ACTIVE
                && TaskMove.SUBMIT_DATA.offeredTo(user, task.status());
    }

    /** {@link #acceptsSchoolFigures}, refused with the reason otherwise. */
    static void requireAcceptsSchoolFigures(InspectionTask task, PlanView plan, PortalUser user) {
        if (plan.status() != PlanStatus.ACTIVE) {
            throw new TaskRejected(TaskMove.REFUSAL);
        }
        // the school's figures go beside the city's: the same move as the city's own, on the city's task
        TaskMove.SUBMIT_DATA.checkedFrom(task.status(), TaskMove.SUBMIT_DATA.madeAs(user), TaskMove.REFUSAL);
    }

    /** Every school's figures of a task by indicator, with their sum; for those who may see the task. */
    public Map<Long, SchoolReturn> returnsOf(long taskId, PortalUser viewer) {
        supervision.load(taskId, viewer);
        List<SchoolFigures> all = figures.findByKeyTaskId(taskId);
        var names = organizations.findAll(
                all.stream().map(f -> f.key().organizationId()).collect(Collectors.toSet()));
        Map<Long, List<SchoolFigures>> byIndicator =
                all.stream().collect(Collectors.groupingBy(f -> f.key().indicatorId()));
        Map<Long, SchoolReturn> returns = new HashMap<>();
        byIndicator.forEach((indicator, list) -> returns.put(
                indicator,
                new SchoolReturn(
                        indicator,
                        list.stream()
                                .map(f -> new SchoolReturn.Line(
                                        f.key().organizationId(),
                                        names.get(f.key().organizationId()).name(),
                                        f.numerator(),
                                        f.denominator(),
                                        f.percent()))
                                .sorted(Comparator.comparing(SchoolReturn.Line::organizationName))
                                .toList(),
                        list.stream().mapToInt(SchoolFigures::numerator).sum(),
                        list.stream().mapToInt(SchoolFigures::denominator).sum())));
        return returns;
    }

    private OrganizationProfile ownSchool(PortalUser school) {
        if (!school.has(Role.SCHOOL_ADMIN) || school.organizationId() == null) {
            throw new NotFoundException("organization", school.organizationId());
        }
        return organizations.find(school.organizationId()).orElseThrow();
    }
}

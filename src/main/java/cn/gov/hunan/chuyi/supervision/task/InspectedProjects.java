package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.ProjectRegister;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory.Subject;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designated projects as subjects of an inspection (督查对象: 立项建设项目). Province staff choose, while arranging a
 * task, which running projects of its city (of its school, for a school task) the team inspects; the team may then
 * address a finding to one of them, and the project's school answers it. The projects are read through the project
 * module's register, never its tables.
 */
@Service
@Transactional(readOnly = true)
public class InspectedProjects {

    private final InspectedProjectRepository inspected;
    private final TaskService tasks;
    private final PlanService plans;
    private final ProjectRegister register;
    private final SupervisionHistory history;

    InspectedProjects(
            InspectedProjectRepository inspected,
            TaskService tasks,
            PlanService plans,
            ProjectRegister register,
            SupervisionHistory history) {
        this.inspected = inspected;
        this.tasks = tasks;
        this.plans = plans;
        this.register = register;
        this.history = history;
    }

    /** The projects the task inspects, by programme and id, whoever asks: the finding module checks its own viewers. */
    public List<ProjectView> of(long taskId) {
        var ids = inspected.findByTaskIdOrderByProjectId(taskId).stream()
                .map(InspectedProject::projectId)
                .toList();
        return register.byIds(ids).values().stream()
                .sorted(Comparator.comparing(ProjectView::programCode).thenComparing(ProjectView::id))
                .toList();
    }

    /** The task page's part: what it inspects and, for staff arranging it, what may be chosen. */
    public TaskProjectsPage page(long taskId, PortalUser viewer) {
        InspectionTask task = tasks.load(taskId, viewer);
        boolean mayChoose = TaskMove.ASSIGN_TEAM.offeredTo(viewer, task.status())
                && tasks.task(taskId, viewer).planRunning();
        return new TaskProjectsPage(of(taskId), mayChoose ? candidates(task) : List.of(), mayChoose);
    }

    /**
     * Chooses the projects the task inspects (replacing the earlier choice): part of arranging the inspection, like
     * its team, so the same move of the table. Each must be a running project of the task's city (of its school, for
     * a school task). A history line names them.
     */
    @Transactional
    public void choose(long taskId, Set<Long> projectIds, PortalUser admin) {
        InspectionTask task = tasks.load(taskId, admin);
        plans.requireActive(task.planId());
        TaskMove.ASSIGN_TEAM.checkedFrom(task.status(), TaskMove.ASSIGN_TEAM.madeAs(admin), TaskMove.REFUSAL);
        Set<Long> allowed = candidates(task).stream().map(ProjectView::id).collect(Collectors.toSet());
        if (!allowed.containsAll(projectIds)) {
            throw new TaskRejected("supervision.task.error.project").at("projects");
        }
        inspected.deleteByTask(taskId);
        inspected.flush();
        projectIds.forEach(id -> inspected.save(new InspectedProject(taskId, id)));
        String titles = register.byIds(projectIds).values().stream()
                .map(ProjectView::title)
                .sorted()
                .collect(Collectors.joining("、"));
        history.record(
                Subject.TASK,
                taskId,
                task.status(),
                task.status(),
                admin.getUsername(),
                projectIds.isEmpty()
                        ? HistoryReason.key("supervision.history.noProjects")
                        : HistoryReason.key("supervision.history.projects", titles));
    }

    private List<ProjectView> candidates(InspectionTask task) {
        return register.runningInCity(task.cityCode()).stream()
                .filter(p -> task.organizationId() == null || Objects.equals(p.organizationId(), task.organizationId()))
                .toList();
    }
}

package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts a task's page together: the task module's data, its findings through {@link TaskFindings}, the viewer's rights. */
@Component
@Transactional(readOnly = true)
class TaskPages {

    private final TaskService tasks;
    private final TaskAccess access;
    private final PlanService plans;
    private final TaskFindings findings;
    private final SchoolDataService schoolData;

    TaskPages(
            TaskService tasks,
            TaskAccess access,
            PlanService plans,
            TaskFindings findings,
            SchoolDataService schoolData) {
        this.tasks = tasks;
        this.access = access;
        this.plans = plans;
        this.findings = findings;
        this.schoolData = schoolData;
    }

    /** The task's page for a viewer who may see it; anyone else gets "not found". */
    TaskPage page(long id, PortalUser viewer) {
        InspectionTask entity = tasks.load(id, viewer);
        TaskView task = tasks.task(id, viewer);
        boolean reportsData = access.mayReportData(viewer, entity);
        var rights = TaskPage.Rights.of(task, viewer, reportsData);
        PlanView plan = plans.plan(task.planId());
        return new TaskPage(
                task,
                plan,
                findings.of(id),
                findings.severities(),
                tasks.earlierFigures(id, viewer),
                schoolData.returnsOf(id, viewer),
                tasks.history(id, viewer),
                rights.mayReportData(),
                rights.mayRaiseFinding(),
                rights.mayScore(),
                rights.mayReport(),
                findings.mayOpenRectification(task, viewer),
                reportsData && SchoolDataService.acceptsSchoolFigures(entity, plan, viewer));
    }
}

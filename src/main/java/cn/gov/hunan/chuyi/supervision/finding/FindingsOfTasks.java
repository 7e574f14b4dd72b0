package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.supervision.task.TaskFindings;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A task's findings as the task's page lists them; the task page has checked that its viewer may see the task. */
@Component
@Transactional(readOnly = true)
class FindingsOfTasks implements TaskFindings {

    private final FindingRepository findings;
    private final FindingViews views;
    private final FindingAccess access;

    FindingsOfTasks(FindingRepository findings, FindingViews views, FindingAccess access) {
        this.findings = findings;
        this.views = views;
        this.access = access;
    }

    @Override
    public List<Line> of(long taskId) {
        return views.of(findings.findByTaskIdOrderById(taskId)).stream()
                .map(f -> new Line(
                        f.id(),
                        f.category(),
                        f.severity().name(),
                        f.responsible(),
                        f.deadline(),
                        f.overdue(),
                        f.status().name()))
                .toList();
    }

    @Override
    public List<String> severities() {
        return Arrays.stream(Severity.values()).map(Severity::name).toList();
    }

    @Override
    public boolean mayOpenRectification(TaskView task, PortalUser viewer) {
        return access.maySeeCityRectification(viewer, task);
    }
}

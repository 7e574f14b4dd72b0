package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.ReminderLedger;
import cn.gov.hunan.chuyi.supervision.task.TaskFindings;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task's findings as the task's page lists them, each with its count of reminders (one ledger query for the page);
 * the task page has checked that its viewer may see the task.
 */
@Component
@Transactional(readOnly = true)
class FindingsOfTasks implements TaskFindings {

    private final FindingRepository findings;
    private final FindingViews views;
    private final FindingAccess access;
    private final ReminderLedger reminders;

    FindingsOfTasks(FindingRepository findings, FindingViews views, FindingAccess access, ReminderLedger reminders) {
        this.findings = findings;
        this.views = views;
        this.access = access;
        this.reminders = reminders;
    }

    @Override
    public List<Line> of(long taskId) {
        var found = findings.findByTaskIdOrderById(taskId);
        Map<String, Integer> chased = reminders.countsFor(
                found.stream().map(RectificationDeadlines::link).toList());
        return views.of(found).stream()
                .map(f -> new Line(
                        f.id(),
                        f.category(),
                        f.severity().name(),
                        f.responsible(),
                        f.deadline(),
                        f.overdue(),
                        f.status().name(),
                        chased.getOrDefault(RectificationDeadlines.link(f.id()), 0)))
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

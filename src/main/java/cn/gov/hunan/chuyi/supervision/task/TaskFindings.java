package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.time.LocalDate;
import java.util.List;

/**
 * What a task's page shows of its findings. The finding module implements it: findings depend on their task (its
 * team, its city, whether it is open), so the task reaches them only through this interface.
 */
public interface TaskFindings {

    /** The task's findings, oldest first. */
    List<Line> of(long taskId);

    /** The severities a new finding may have (names of the finding module's enum), mildest first. */
    List<String> severities();

    /** Whether {@code viewer} may open the task's rectification page (the finding module's rule, not a role here). */
    boolean mayOpenRectification(TaskView task, PortalUser viewer);

    /**
     * One finding on the task's page; {@code severity} and {@code status} are names of the finding module's enums;
     * {@code reminders}: how often it was chased (已催办 N 次, the reminder ledger's count).
     */
    record Line(
            long id,
            String category,
            String severity,
            String responsible,
            LocalDate deadline,
            boolean overdue,
            String status,
            int reminders) {}
}

package cn.gov.hunan.chuyi.supervision.plan;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a plan needs of its inspection tasks. The task module implements it: tasks depend on their plan (its
 * indicators, whether it runs), so the plan reaches its tasks through this interface, never the reverse.
 */
public interface PlanTasks {

    /** Creates the plan's tasks when it starts: one per chosen school, or one per 市州 when none are chosen. */
    void start(long planId, Set<Long> schoolIds, LocalDate visitFrom, LocalDate visitTo);

    /** How many of the plan's tasks have not reported yet. */
    long unreported(long planId);

    /** The plan's tasks as its page lists them for {@code viewer} (null: no one, nothing offered). */
    List<Line> lines(long planId, PortalUser viewer);

    /**
     * One task on the plan's page; {@code status} and {@code grade} are names of the task module's enums, and
     * {@code mayAssignTeam} says whether the task's table lets the viewer assign its team.
     */
    record Line(
            long id,
            String subjectName,
            String cityCode,
            Long organizationId,
            Long leadId,
            String leadName,
            List<String> memberNames,
            List<Long> memberIds,
            LocalDate visitFrom,
            LocalDate visitTo,
            String status,
            BigDecimal totalScore,
            String grade,
            boolean mayAssignTeam) {}
}

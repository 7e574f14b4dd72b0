package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.People;
import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Inspection tasks for unit tests, brought into each state through the task's own moves. */
final class Tasks {

    static final long LEAD = 11;
    static final long MEMBER = 12;
    static final IndicatorView POLICY = new IndicatorView(1L, "政策保障", new BigDecimal("100"), null, null, null, null);

    private Tasks() {}

    /** Loudi's task, led by inspector {@link #LEAD} with {@link #MEMBER}. */
    static InspectionTask planned() {
        InspectionTask task = new InspectionTask(1, People.LOUDI, null, null);
        task.assignTeam(Role.PROVINCE_ADMIN, LEAD, Set.of(MEMBER), null, null);
        return task;
    }

    static InspectionTask in(TaskStatus status) {
        InspectionTask task = planned();
        if (status == TaskStatus.REPORTED) {
            task.score(Role.INSPECTOR, List.of(POLICY), Map.of(1L, new IndicatorScore(new BigDecimal("90"), null)));
            task.report(Role.INSPECTOR, List.of(POLICY), "总体良好", Instant.now());
        }
        return task;
    }
}

package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.supervision.People;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import java.util.List;
import java.util.Map;

/** Tasks as pages and other modules see them ({@link TaskView}), for unit tests of the rules built on them. */
public final class Inspections {

    public static final long LEAD = 11;
    public static final long MEMBER = 12;

    private Inspections() {}

    /** Loudi's task in a running plan, led by {@link #LEAD} with {@link #MEMBER}. */
    public static TaskView loudi() {
        return loudi(PlanStatus.ACTIVE, TaskStatus.PLANNED);
    }

    public static TaskView loudi(PlanStatus plan, TaskStatus status) {
        return new TaskView(
                1,
                1,
                2026,
                plan,
                People.LOUDI,
                "娄底市",
                null,
                null,
                status,
                LEAD,
                "组长",
                List.of("成员"),
                List.of(MEMBER),
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                Map.of(),
                0);
    }

    /** The task of school {@code organizationId} (of Loudi) in a plan scoped to schools. */
    public static TaskView school(long organizationId) {
        return new TaskView(
                2,
                1,
                2026,
                PlanStatus.ACTIVE,
                People.LOUDI,
                "娄底市",
                organizationId,
                "学校",
                TaskStatus.PLANNED,
                LEAD,
                "组长",
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                Map.of(),
                0);
    }
}

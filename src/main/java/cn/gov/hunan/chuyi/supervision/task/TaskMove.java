package cn.gov.hunan.chuyi.supervision.task;

import static cn.gov.hunan.chuyi.supervision.task.TaskStatus.PLANNED;
import static cn.gov.hunan.chuyi.supervision.task.TaskStatus.REPORTED;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The inspection task's table of moves. Only the report changes the state; the other moves are the work done while
 * the task is planned (they keep it PLANNED), listed here so that one table says what may be done in which state and
 * by whom, and the task's page offers exactly that. Who of a role (the team's lead, the task's city) is the
 * service's check on top of the table.
 */
public enum TaskMove implements Move<TaskStatus, Role> {
    /** 安排督查组 */
    ASSIGN_TEAM(PLANNED, PLANNED, Role.PROVINCE_ADMIN),
    /** 报送数据: the city bureau for a city task, the school for its own task or its city's */
    SUBMIT_DATA(PLANNED, PLANNED, Role.CITY_OFFICER, Role.SCHOOL_ADMIN),
    /** 记录问题: an inspector of the team */
    RAISE_FINDING(PLANNED, PLANNED, Role.INSPECTOR),
    /** 评分: the team's lead */
    SCORE(PLANNED, PLANNED, Role.INSPECTOR),
    /** 提交督查报告: the team's lead; the task is read-only from now on */
    REPORT(PLANNED, REPORTED, Role.INSPECTOR);

    /** Said when the table refuses a move: the report is in, nothing changes any more. */
    public static final String REFUSAL = "supervision.task.error.reported";

    private final Set<TaskStatus> from;
    private final TaskStatus to;
    private final Set<Role> who;

    TaskMove(TaskStatus from, TaskStatus to, Role first, Role... more) {
        this.from = EnumSet.of(from);
        this.to = to;
        this.who = EnumSet.of(first, more);
    }

    @Override
    public Set<TaskStatus> from() {
        return from;
    }

    @Override
    public TaskStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }

    /** The role in which {@code user} makes the move: one of theirs the table names, else none (then refused). */
    public Role madeAs(PortalUser user) {
        return who.stream().filter(user::has).findFirst().orElse(null);
    }

    /** Whether the table lets {@code user} make the move on a task in {@code current}. */
    public boolean offeredTo(PortalUser user, TaskStatus current) {
        return allowedFrom(current) && madeAs(user) != null;
    }
}

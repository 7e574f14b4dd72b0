package cn.gov.hunan.chuyi.project.taskbook;

import static cn.gov.hunan.chuyi.project.taskbook.TaskBookStatus.APPROVED;
import static cn.gov.hunan.chuyi.project.taskbook.TaskBookStatus.DRAFT;
import static cn.gov.hunan.chuyi.project.taskbook.TaskBookStatus.RETURNED;
import static cn.gov.hunan.chuyi.project.taskbook.TaskBookStatus.SUBMITTED;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The task book's table: the school submits its draft (or the version sent back to it), the department approves it
 * (locked from then on) or returns it with comments. A version is started as a DRAFT (not a move: there is no state
 * before it) — the first by the school, a later one by an approved change request.
 */
public enum TaskBookMove implements Move<TaskBookStatus, Role> {
    SUBMIT(EnumSet.of(DRAFT, RETURNED), SUBMITTED, Role.SCHOOL_ADMIN),
    RETURN(EnumSet.of(SUBMITTED), RETURNED, Role.PROVINCE_ADMIN),
    APPROVE(EnumSet.of(SUBMITTED), APPROVED, Role.PROVINCE_ADMIN);

    private final Set<TaskBookStatus> from;
    private final TaskBookStatus to;
    private final Set<Role> who;

    TaskBookMove(Set<TaskBookStatus> from, TaskBookStatus to, Role who) {
        this.from = from;
        this.to = to;
        this.who = EnumSet.of(who);
    }

    @Override
    public Set<TaskBookStatus> from() {
        return from;
    }

    @Override
    public TaskBookStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }
}

package cn.gov.hunan.chuyi.project.taskbook;

import static cn.gov.hunan.chuyi.project.taskbook.ChangeRequestStatus.APPROVED;
import static cn.gov.hunan.chuyi.project.taskbook.ChangeRequestStatus.REFUSED;
import static cn.gov.hunan.chuyi.project.taskbook.ChangeRequestStatus.SUBMITTED;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * A change request's table: the school files it (SUBMITTED, not a move), the department approves it — which opens the
 * task book's next version as a draft, a copy of the approved one for the school to change — or refuses it.
 */
public enum ChangeRequestMove implements Move<ChangeRequestStatus, Role> {
    APPROVE(EnumSet.of(SUBMITTED), APPROVED, Role.PROVINCE_ADMIN),
    REFUSE(EnumSet.of(SUBMITTED), REFUSED, Role.PROVINCE_ADMIN);

    private final Set<ChangeRequestStatus> from;
    private final ChangeRequestStatus to;
    private final Set<Role> who;

    ChangeRequestMove(Set<ChangeRequestStatus> from, ChangeRequestStatus to, Role who) {
        this.from = from;
        this.to = to;
        this.who = EnumSet.of(who);
    }

    @Override
    public Set<ChangeRequestStatus> from() {
        return from;
    }

    @Override
    public ChangeRequestStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }
}

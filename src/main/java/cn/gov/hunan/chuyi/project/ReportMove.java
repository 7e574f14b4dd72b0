package cn.gov.hunan.chuyi.project;

import static cn.gov.hunan.chuyi.project.ReportStatus.ACCEPTED;
import static cn.gov.hunan.chuyi.project.ReportStatus.DRAFT;
import static cn.gov.hunan.chuyi.project.ReportStatus.RETURNED;
import static cn.gov.hunan.chuyi.project.ReportStatus.SUBMITTED;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The annual report's table: the school submits its draft (or the report sent back to it), the department accepts
 * it or returns it with a comment. A report is started as a DRAFT (not a move: there is no state before it).
 */
public enum ReportMove implements Move<ReportStatus, Role> {
    SUBMIT(EnumSet.of(DRAFT, RETURNED), SUBMITTED, Role.SCHOOL_ADMIN),
    ACCEPT(EnumSet.of(SUBMITTED), ACCEPTED, Role.PROVINCE_ADMIN),
    RETURN(EnumSet.of(SUBMITTED), RETURNED, Role.PROVINCE_ADMIN);

    private final Set<ReportStatus> from;
    private final ReportStatus to;
    private final Set<Role> who;

    ReportMove(Set<ReportStatus> from, ReportStatus to, Role who) {
        this.from = from;
        this.to = to;
        this.who = EnumSet.of(who);
    }

    @Override
    public Set<ReportStatus> from() {
        return from;
    }

    @Override
    public ReportStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }
}

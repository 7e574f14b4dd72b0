package cn.gov.hunan.chuyi.supervision.finding;

import static cn.gov.hunan.chuyi.supervision.finding.FindingStatus.ACCEPTED;
import static cn.gov.hunan.chuyi.supervision.finding.FindingStatus.ANSWERED;
import static cn.gov.hunan.chuyi.supervision.finding.FindingStatus.CLOSED;
import static cn.gov.hunan.chuyi.supervision.finding.FindingStatus.OPEN;
import static cn.gov.hunan.chuyi.supervision.finding.FindingStatus.RECHECK;
import static cn.gov.hunan.chuyi.supervision.finding.FindingStatus.REJECTED;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rectification item's table of moves (整改): the responsible organisation answers an open or sent-back item; an
 * inspector of the task accepts the answer or sends it back; the province signs an accepted item off (销号), which
 * closes it; a closed item may be put to re-check (复查) by the province or the task's inspectors, which confirms the
 * closure or reopens the item with a new deadline. An extension (延期) is no move of the item: it moves its deadline
 * ({@link ExtensionMove}). Which organisation, which inspector is the service's
 * check on top of the table. Being overdue is a flag, not a state: the hourly job sets it on items that still owe
 * an answer ({@link #ANSWER}'s states) and changes no state.
 */
public enum FindingMove implements Move<FindingStatus, Role> {
    /** 答复整改情况 */
    ANSWER(EnumSet.of(OPEN, REJECTED), ANSWERED, EnumSet.of(Role.CITY_OFFICER, Role.SCHOOL_ADMIN)),
    /** 整改通过 */
    ACCEPT(EnumSet.of(ANSWERED), ACCEPTED, EnumSet.of(Role.INSPECTOR)),
    /** 退回整改 (with a comment) */
    SEND_BACK(EnumSet.of(ANSWERED), REJECTED, EnumSet.of(Role.INSPECTOR)),
    // issue 16, the rectification's life after acceptance
    /** 销号 (with a sign-off note; irreversible but for a re-check) */
    SIGN_OFF(EnumSet.of(ACCEPTED), CLOSED, EnumSet.of(Role.PROVINCE_ADMIN)),
    /** 列入复查 */
    PUT_TO_RECHECK(EnumSet.of(CLOSED), RECHECK, EnumSet.of(Role.PROVINCE_ADMIN, Role.INSPECTOR)),
    /** 复查通过，维持销号 */
    CONFIRM_CLOSURE(EnumSet.of(RECHECK), CLOSED, EnumSet.of(Role.PROVINCE_ADMIN, Role.INSPECTOR)),
    /** 复查未通过，重新整改 (with a note and a new deadline) */
    REOPEN(EnumSet.of(RECHECK), OPEN, EnumSet.of(Role.PROVINCE_ADMIN, Role.INSPECTOR));

    /** Said when the table refuses a move (the item's state has changed since the page was shown). */
    static final String REFUSAL = "supervision.finding.error.state";

    private final Set<FindingStatus> from;
    private final FindingStatus to;
    private final Set<Role> who;

    FindingMove(Set<FindingStatus> from, FindingStatus to, Set<Role> who) {
        this.from = from;
        this.to = to;
        this.who = who;
    }

    @Override
    public Set<FindingStatus> from() {
        return from;
    }

    @Override
    public FindingStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }

    /** The role in which {@code user} makes the move: one of theirs the table names, else none (then refused). */
    Role madeAs(PortalUser user) {
        return who.stream().filter(user::has).findFirst().orElse(null);
    }
}

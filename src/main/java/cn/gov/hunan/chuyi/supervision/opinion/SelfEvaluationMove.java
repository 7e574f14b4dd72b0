package cn.gov.hunan.chuyi.supervision.opinion;

import static cn.gov.hunan.chuyi.supervision.opinion.SelfEvaluationStatus.DRAFT;
import static cn.gov.hunan.chuyi.supervision.opinion.SelfEvaluationStatus.SUBMITTED;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * The self-evaluation's table: the inspected body (its city bureau, or the school for a school's task) saves a draft
 * as often as it likes and submits it once. Which city or school is the service's check on top.
 */
public enum SelfEvaluationMove implements Move<SelfEvaluationStatus, Role> {
    /** 保存草稿 */
    SAVE(DRAFT, DRAFT),
    /** 提交自评报告: read-only from now on */
    SUBMIT(DRAFT, SUBMITTED);

    /** Said when the table refuses a move: the report is in. */
    public static final String REFUSAL = "supervision.selfEvaluation.error.submitted";

    private final Set<SelfEvaluationStatus> from;
    private final SelfEvaluationStatus to;

    SelfEvaluationMove(SelfEvaluationStatus from, SelfEvaluationStatus to) {
        this.from = EnumSet.of(from);
        this.to = to;
    }

    @Override
    public Set<SelfEvaluationStatus> from() {
        return from;
    }

    @Override
    public SelfEvaluationStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return EnumSet.of(Role.CITY_OFFICER, Role.SCHOOL_ADMIN);
    }

    /** The role in which {@code user} makes the move, or none. */
    public Role madeAs(PortalUser user) {
        return who().stream().filter(user::has).findFirst().orElse(null);
    }
}

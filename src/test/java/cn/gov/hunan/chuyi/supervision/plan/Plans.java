package cn.gov.hunan.chuyi.supervision.plan;

import cn.gov.hunan.chuyi.account.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Plans for unit tests, brought into each state through the plan's own moves. */
final class Plans {

    private Plans() {}

    static Plan draft() {
        return new Plan(
                2026,
                "“双师型”教师队伍建设",
                Plan.Scope.CITIES,
                Set.of(),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(new Indicator(
                        new IndicatorView(null, "政策保障", new BigDecimal("100"), null, null, null, null), 1)));
    }

    /** A stored plan as pages see it; {@code scope} is CITIES or SCHOOLS. */
    static PlanView view(PlanStatus status, String scope) {
        return new PlanView(
                1,
                2026,
                "“双师型”教师队伍建设",
                scope,
                "SCHOOLS".equals(scope) ? 2 : 0,
                status,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(),
                0);
    }

    static Plan in(PlanStatus status) {
        Plan plan = draft();
        if (status != PlanStatus.DRAFT) {
            plan.activate(Role.PROVINCE_ADMIN);
        }
        if (status == PlanStatus.PUBLISHED) {
            plan.publish(Role.PROVINCE_ADMIN, Instant.now());
        }
        return plan;
    }
}

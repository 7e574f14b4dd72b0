package cn.gov.hunan.chuyi.supervision.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan as pages show it. */
public record PlanView(
        long id,
        int year,
        String topic,
        String scope,
        int schools,
        PlanStatus status,
        LocalDate visitFrom,
        LocalDate visitTo,
        List<IndicatorView> indicators,
        long version) {

    /** Whether the plan inspects chosen schools (a task each) rather than the 14 市州. */
    public boolean schoolsOnly() {
        return "SCHOOLS".equals(scope);
    }
}

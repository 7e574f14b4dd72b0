package cn.gov.hunan.chuyi.supervision;

import java.time.LocalDate;
import java.util.List;

/** A plan as pages show it. */
public record PlanView(
        long id, int year, String topic, String scope, int schools, String status, LocalDate visitFrom, LocalDate visitTo,
        List<IndicatorView> indicators, long version) {}

package cn.gov.hunan.chuyi.supervision.plan;

/** A plan's year and state, all a list of tasks or findings shows of it (no indicators are read). */
public record PlanYear(long id, int year, PlanStatus status) {}

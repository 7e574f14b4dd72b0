package cn.gov.hunan.chuyi.supervision.results;

import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import java.util.List;

/** A year's results page: the plan, a line per task, and whether the results are published (final) or provisional. */
public record ResultsPage(PlanView plan, List<CityResult> results, boolean published) {}

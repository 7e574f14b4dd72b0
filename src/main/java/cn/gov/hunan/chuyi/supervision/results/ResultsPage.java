package cn.gov.hunan.chuyi.supervision.results;

import cn.gov.hunan.chuyi.supervision.finding.Rectifications;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import java.util.List;
import java.util.Map;

/**
 * A year's results page: the plan, a line per task, whether the results are published (final) or provisional, and
 * each city's rectification items of the year (open, overdue, closed) by city code.
 */
public record ResultsPage(
        PlanView plan,
        List<CityResult> results,
        boolean published,
        Map<String, Rectifications.CityCount> rectification) {

    private static final Rectifications.CityCount NONE = new Rectifications.CityCount(null, null, 0, 0, 0);

    /** The city's counts; a city without items has zeros. */
    public Rectifications.CityCount rectificationOf(String cityCode) {
        return rectification.getOrDefault(cityCode, NONE);
    }
}

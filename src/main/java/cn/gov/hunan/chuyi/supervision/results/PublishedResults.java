package cn.gov.hunan.chuyi.supervision.results;

import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published years' results, for readers outside supervision (the read-only API, through the module's
 * {@code SupervisionResults}), as plain records: a plan's results are read only once it is published.
 */
@Service
@Transactional(readOnly = true)
public class PublishedResults {

    private final PlanService plans;
    private final ResultsService results;

    PublishedResults(PlanService plans, ResultsService results) {
        this.plans = plans;
        this.results = results;
    }

    /** A published plan. */
    public record Plan(long id, int year, String topic, boolean schoolsOnly) {}

    /** One indicator's score in a line. */
    public record Score(long indicatorId, String indicator, BigDecimal weight, BigDecimal score) {}

    /** One inspected city (or school), ranked by total; grade EXCELLENT, PASS or FAIL. */
    public record Line(
            int rank,
            String cityCode,
            String subject,
            BigDecimal total,
            String grade,
            long openFindings,
            long overdueFindings,
            List<Score> scores) {}

    /** A published plan with its lines. */
    public record Results(Plan plan, List<Line> lines) {}

    /** The published plans, newest year first (a plan a year: the list stays short). */
    public List<Plan> plans() {
        return published().stream().map(PublishedResults::plan).toList();
    }

    /** The published plans of a year with their results; empty when the year has none. */
    public List<Results> ofYear(int year) {
        return published().stream()
                .filter(p -> p.year() == year)
                .map(p -> new Results(
                        plan(p),
                        results.results(p.id()).stream()
                                .map(line -> line(p, line))
                                .toList()))
                .toList();
    }

    private List<PlanView> published() {
        return plans.plans().stream()
                .filter(p -> p.status() == PlanStatus.PUBLISHED)
                .toList();
    }

    private static Plan plan(PlanView p) {
        return new Plan(p.id(), p.year(), p.topic(), p.schoolsOnly());
    }

    private static Line line(PlanView plan, CityResult line) {
        return new Line(
                line.rank(),
                line.cityCode(),
                line.cityName(),
                line.total(),
                line.grade() == null ? null : line.grade().name(),
                line.openFindings(),
                line.overdueFindings(),
                plan.indicators().stream()
                        .map(i -> new Score(
                                i.id(), i.name(), i.weight(), line.scores().get(i.id())))
                        .toList());
    }
}

package cn.gov.hunan.chuyi.supervision;

import cn.gov.hunan.chuyi.supervision.results.PublishedResults;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of supervision's results: the published plans and, by year, each published plan's
 * ranked lines (the read-only API for the province's data centre). Nothing unpublished is ever returned.
 */
@Service
public class SupervisionResults {

    private final PublishedResults published;

    SupervisionResults(PublishedResults published) {
        this.published = published;
    }

    /** A published plan: its id, year and topic. */
    public record Plan(long id, int year, String topic, boolean inspectsSchools) {}

    /** One indicator's score in a line. */
    public record Score(long indicatorId, String indicator, BigDecimal weight, BigDecimal score) {}

    /** One inspected city (or school) of a published plan, ranked by total; grade EXCELLENT, PASS or FAIL. */
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

    /** The published plans, newest year first. */
    public List<Plan> publishedPlans() {
        return published.plans().stream().map(SupervisionResults::plan).toList();
    }

    /** The published plans of a year with their lines; empty when the year has none. */
    public List<Results> ofYear(int year) {
        return published.ofYear(year).stream()
                .map(r -> new Results(
                        plan(r.plan()),
                        r.lines().stream()
                                .map(l -> new Line(
                                        l.rank(),
                                        l.cityCode(),
                                        l.subject(),
                                        l.total(),
                                        l.grade(),
                                        l.openFindings(),
                                        l.overdueFindings(),
                                        l.scores().stream()
                                                .map(s -> new Score(
                                                        s.indicatorId(), s.indicator(), s.weight(), s.score()))
                                                .toList()))
                                .toList()))
                .toList();
    }

    private static Plan plan(PublishedResults.Plan p) {
        return new Plan(p.id(), p.year(), p.topic(), p.schoolsOnly());
    }
}

package cn.gov.hunan.chuyi.supervision.results;

import cn.gov.hunan.chuyi.supervision.finding.Rectifications;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import cn.gov.hunan.chuyi.supervision.plan.PlanYear;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A year's results: ranking by total, each city's earlier published totals, open and overdue items. */
@Service
@Transactional(readOnly = true)
class ResultsService {

    private final PlanService plans;
    private final TaskService tasks;
    private final Rectifications rectifications;

    ResultsService(PlanService plans, TaskService tasks, Rectifications rectifications) {
        this.plans = plans;
        this.tasks = tasks;
        this.rectifications = rectifications;
    }

    /** Each city's scores, total, grade and rank in the year, with its earlier published years. */
    List<CityResult> results(long planId) {
        PlanView plan = plans.plan(planId);
        List<TaskView> ranked = new ArrayList<>(tasks.ofPlan(planId));
        Map<String, List<CityResult.EarlierYear>> earlier = earlierYears(plan);
        var outstanding =
                rectifications.outstanding(ranked.stream().map(TaskView::id).toList());
        ranked.sort(Comparator.comparing(TaskView::totalScore, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(TaskView::cityCode));
        List<CityResult> results = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            TaskView t = ranked.get(i);
            Map<Long, BigDecimal> scores = new HashMap<>();
            t.scores().forEach((k, v) -> scores.put(k, v.score()));
            var items = outstanding.get(t.id());
            results.add(new CityResult(
                    i + 1,
                    t.cityCode(),
                    t.subjectName(),
                    t.id(),
                    scores,
                    t.totalScore(),
                    t.grade(),
                    items.open(),
                    items.overdue(),
                    earlier.getOrDefault(t.cityCode(), List.of())));
        }
        return results;
    }

    PlanView plan(long planId) {
        return plans.plan(planId);
    }

    ResultsPage page(long planId) {
        PlanView plan = plans.plan(planId);
        // the whole city's items of the year (its school subjects' included), in one statement whatever their number
        Map<String, Rectifications.CityCount> rectification = rectifications.countsByCity(plan.year()).stream()
                .collect(Collectors.toMap(Rectifications.CityCount::cityCode, c -> c));
        return new ResultsPage(plan, results(planId), plan.status() == PlanStatus.PUBLISHED, rectification);
    }

    private Map<String, List<CityResult.EarlierYear>> earlierYears(PlanView plan) {
        Map<Long, Integer> yearOf =
                plans.publishedBefore(plan.year()).stream().collect(Collectors.toMap(PlanYear::id, PlanYear::year));
        Map<String, List<CityResult.EarlierYear>> byCity = new HashMap<>();
        if (yearOf.isEmpty()) {
            return byCity;
        }
        for (TaskService.Total t : tasks.totals(yearOf.keySet())) {
            if (t.total() != null && !t.inspectsSchool()) {
                byCity.computeIfAbsent(t.cityCode(), k -> new ArrayList<>())
                        .add(new CityResult.EarlierYear(yearOf.get(t.planId()), t.total(), t.grade()));
            }
        }
        byCity.values()
                .forEach(list -> list.sort(
                        Comparator.comparing(CityResult.EarlierYear::year).reversed()));
        return byCity;
    }
}

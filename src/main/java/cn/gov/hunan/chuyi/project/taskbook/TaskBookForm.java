package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.project.IndicatorService.Indicator;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.BudgetLine;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.Milestone;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.YearTarget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the task book form posts: {@code startYear}, {@code endYear}, {@code target_<indicatorId>_<year>}, {@code
 * milestoneTitle_<n>} and {@code milestoneDue_<n>}, {@code budget_<SOURCE>_<year>}. Reads them as typed; text that is
 * not a number or a date is refused beside its field, with everything else kept. Values are read for the years of
 * the period posted (a longer period shows its new columns after saving). A milestone row left empty is no milestone.
 */
final class TaskBookForm {

    private TaskBookForm() {}

    static TaskBookContent read(Map<String, String> params, List<Indicator> indicators) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer start = year(params, "startYear", problems);
        Integer end = year(params, "endYear", problems);
        if (!problems.isEmpty()) {
            throw new TaskBookRejected(problems.values().iterator().next(), problems);
        }
        List<YearTarget> targets = new ArrayList<>();
        List<BudgetLine> budget = new ArrayList<>();
        if (end >= start && end - start < TaskBookRules.LONGEST_PERIOD) {
            for (int y = start; y <= end; y++) {
                for (Indicator i : indicators) {
                    BigDecimal v = number(params, "target_" + i.id() + "_" + y, problems);
                    if (v != null) {
                        targets.add(new YearTarget(i.id(), y, v));
                    }
                }
                for (FundSource s : FundSource.values()) {
                    BigDecimal v = number(params, "budget_" + s + "_" + y, problems);
                    if (v != null) {
                        budget.add(new BudgetLine(y, s, v));
                    }
                }
            }
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int n = 0; params.containsKey("milestoneTitle_" + n); n++) {
            String title = params.get("milestoneTitle_" + n).strip();
            String due = params.getOrDefault("milestoneDue_" + n, "").strip();
            if (title.isEmpty() && due.isEmpty()) {
                continue;
            }
            LocalDate date = null;
            if (!due.isEmpty()) {
                try {
                    date = LocalDate.parse(due);
                } catch (DateTimeParseException e) {
                    problems.put("milestoneDue_" + n, "taskbook.error.date");
                }
            }
            milestones.add(new Milestone(title, date));
        }
        if (!problems.isEmpty()) {
            // the first reason, as beside its field (a date refused is no number refused)
            throw new TaskBookRejected(problems.values().iterator().next(), problems);
        }
        return new TaskBookContent(start, end, targets, milestones, budget);
    }

    private static Integer year(Map<String, String> params, String field, Map<String, String> problems) {
        String raw = params.getOrDefault(field, "").strip();
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            problems.put(field, "taskbook.error.year");
            return null;
        }
    }

    private static BigDecimal number(Map<String, String> params, String field, Map<String, String> problems) {
        String raw = params.get(field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            problems.put(field, "taskbook.error.number");
            return null;
        }
    }
}

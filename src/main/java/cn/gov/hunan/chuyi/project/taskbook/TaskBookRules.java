package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.BudgetLine;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.Milestone;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.YearTarget;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What a task book may hold (checked on every save) and what it needs before it is submitted. */
final class TaskBookRules {

    /** The largest value the numeric(14, 2) columns hold. */
    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    /** The longest construction period a task book covers, in years. */
    static final int LONGEST_PERIOD = 10;

    private TaskBookRules() {}

    /** Every problem of what was typed, field name → reason's key, in the page's order. */
    static Map<String, String> check(TaskBookContent c) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.startYear() < 2000 || c.startYear() > 2100) {
            problems.put("startYear", "taskbook.error.year");
        }
        if (c.endYear() < c.startYear() || c.endYear() - c.startYear() >= LONGEST_PERIOD) {
            problems.put("endYear", "taskbook.error.period");
        }
        for (YearTarget t : c.targets()) {
            put(problems, "target_" + t.indicatorId() + "_" + t.year(), problem(t.value()));
        }
        List<Milestone> milestones = c.milestones();
        for (int n = 0; n < milestones.size(); n++) {
            Milestone m = milestones.get(n);
            if (m.title() == null || m.title().isBlank()) {
                problems.put("milestoneTitle_" + n, "taskbook.error.milestoneTitle");
            } else if (m.title().length() > 200) {
                problems.put("milestoneTitle_" + n, "taskbook.error.tooLong");
            }
            if (m.dueDate() == null) {
                problems.put("milestoneDue_" + n, "taskbook.error.milestoneDue");
            }
        }
        for (BudgetLine b : c.budget()) {
            put(problems, "budget_" + b.source() + "_" + b.year(), problem(b.amount()));
        }
        return problems;
    }

    /**
     * The construction period a version has: the project's (立项时确定的建设周期), whatever was posted, unless an approved
     * period extension (延期) opened the version: then it ends in the year the school gives, later than the project
     * does now, within the longest period. The start year is always the project's. The server sets the period rather
     * than refusing it, so a task book typed with another period before this rule is brought in line by its next save
     * or submission.
     */
    record PeriodRule(int startYear, int endYear, boolean extension) {

        /** The content with the period this rule gives it, without targets and budget lines of other years. */
        TaskBookContent applyTo(TaskBookContent c) {
            int end = extension ? c.endYear() : endYear;
            return new TaskBookContent(
                    startYear,
                    end,
                    c.targets().stream()
                            .filter(t -> t.year() >= startYear && t.year() <= end)
                            .toList(),
                    c.milestones(),
                    c.budget().stream()
                            .filter(b -> b.year() >= startYear && b.year() <= end)
                            .toList());
        }

        /** What is wrong with the period of content this rule was applied to: an extension that does not extend. */
        Map<String, String> check(TaskBookContent c) {
            return extension && c.endYear() <= endYear ? Map.of("endYear", "taskbook.error.extensionLater") : Map.of();
        }
    }

    /**
     * What a submitted task book needs: a target for every indicator in every year of the period, at least one
     * milestone, and a budget; field name → reason's key.
     */
    static Map<String, String> gaps(TaskBookContent c, List<Long> indicators) {
        Map<String, String> gaps = new LinkedHashMap<>();
        Set<String> given =
                c.targets().stream().map(t -> t.indicatorId() + "_" + t.year()).collect(Collectors.toSet());
        for (long indicator : indicators) {
            for (int year = c.startYear(); year <= c.endYear(); year++) {
                if (!given.contains(indicator + "_" + year)) {
                    gaps.put("target_" + indicator + "_" + year, "taskbook.error.targetMissing");
                }
            }
        }
        if (c.milestones().isEmpty()) {
            gaps.put("milestoneTitle_0", "taskbook.error.noMilestone");
        }
        boolean budgeted = c.budget().stream().anyMatch(b -> b.amount().signum() > 0);
        if (!budgeted) {
            gaps.put("budget_" + FundSource.PROVINCIAL + "_" + c.startYear(), "taskbook.error.noBudget");
        }
        return gaps;
    }

    /** A value a task book may hold: not negative, within the column, at most two decimals; else the reason's key. */
    static String problem(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            return "taskbook.error.negative";
        }
        if (value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            return "taskbook.error.range";
        }
        return null;
    }

    private static void put(Map<String, String> problems, String field, String key) {
        if (key != null) {
            problems.put(field, key);
        }
    }
}

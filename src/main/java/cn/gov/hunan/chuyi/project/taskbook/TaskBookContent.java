package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.project.FundSource;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a task book promises, as the school writes it: the period, yearly targets, milestones and the budget. */
public record TaskBookContent(
        int startYear, int endYear, List<YearTarget> targets, List<Milestone> milestones, List<BudgetLine> budget) {

    public TaskBookContent {
        targets = List.copyOf(targets);
        milestones = List.copyOf(milestones);
        budget = List.copyOf(budget);
    }

    /** One indicator's target for one year of the period (numeric(14, 2)). */
    @Embeddable
    public record YearTarget(
            @Column(name = "indicator_id") long indicatorId,
            @Column(name = "target_year") int year,
            @Column(name = "target_value") BigDecimal value) {}

    /** A milestone (里程碑): what is done by when. */
    @Embeddable
    public record Milestone(
            @Column(name = "title") String title,
            @Column(name = "due_date") LocalDate dueDate) {}

    /** The money planned for one year from one source, in 万元. */
    @Embeddable
    public record BudgetLine(
            @Column(name = "budget_year") int year,

            @Enumerated(EnumType.STRING) @Column(name = "source")
            FundSource source,

            @Column(name = "amount") BigDecimal amount) {}
}

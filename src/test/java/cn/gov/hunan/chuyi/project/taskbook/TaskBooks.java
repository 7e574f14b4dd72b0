package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.project.IndicatorService.Indicator;
import cn.gov.hunan.chuyi.project.ProjectViews;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.BudgetLine;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.Milestone;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.YearTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Task books and change requests in each state, made through their own moves, and the task book page built of them. */
final class TaskBooks {

    static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    static final long PROJECT = ProjectViews.PROJECT;
    static final long BOOK = 41L;
    static final long INDICATOR = 31L;
    static final List<Long> INDICATORS = List.of(7L, 8L);

    private TaskBooks() {}

    /** A complete content over 2025–2026 for indicators 7 and 8. */
    static TaskBookContent complete() {
        return new TaskBookContent(
                2025,
                2026,
                List.of(
                        new YearTarget(7L, 2025, new BigDecimal("10")),
                        new YearTarget(7L, 2026, new BigDecimal("20")),
                        new YearTarget(8L, 2025, new BigDecimal("1.5")),
                        new YearTarget(8L, 2026, new BigDecimal("3"))),
                List.of(new Milestone("建成实训中心", LocalDate.of(2025, 12, 31))),
                List.of(new BudgetLine(2025, FundSource.PROVINCIAL, new BigDecimal("500"))));
    }

    /** The period rule of a version not opened by an extension, over 2025–2026. */
    static TaskBookRules.PeriodRule ownPeriod() {
        return new TaskBookRules.PeriodRule(2025, 2026, false);
    }

    static TaskBook in(TaskBookStatus status) {
        TaskBook book = new TaskBook(1L, 1, 2025, 2026, null);
        book.edit(complete(), ownPeriod());
        if (status == TaskBookStatus.DRAFT) {
            return book;
        }
        book.submit(INDICATORS, ownPeriod(), Role.SCHOOL_ADMIN, NOW);
        switch (status) {
            case APPROVED -> book.review(TaskBookMove.APPROVE, Role.PROVINCE_ADMIN, null, "admin", NOW);
            case RETURNED -> book.review(TaskBookMove.RETURN, Role.PROVINCE_ADMIN, "请补充预算", "admin", NOW);
            default -> {}
        }
        return book;
    }

    static ChangeRequest request(ChangeRequestStatus status) {
        ChangeRequest request = new ChangeRequest(1L, 2L, ChangeKind.LEADER, "负责人调任", "hngy", NOW);
        switch (status) {
            case APPROVED -> request.decide(ChangeRequestMove.APPROVE, Role.PROVINCE_ADMIN, null, "admin", NOW);
            case REFUSED -> request.decide(ChangeRequestMove.REFUSE, Role.PROVINCE_ADMIN, "理由不足", "admin", NOW);
            default -> {}
        }
        return request;
    }

    /**
     * The task book page of the school administrator's project (designated 2025, three years) with version 1 in the
     * state, one indicator and a provincial budget line of 2025, as TaskBookPages would give it.
     */
    static TaskBookPage page(TaskBookStatus status) {
        return page(status, false);
    }

    /** The same, its version opened by an approved period extension (延期) when {@code extension}. */
    static TaskBookPage page(TaskBookStatus status, boolean extension) {
        var project = ProjectViews.project("TRAINING_BASE", 2025);
        var book = new TaskBookView(BOOK, PROJECT, 1, status, 2025, 2027, null, null, null, null, null, 3);
        return new TaskBookPage(
                project,
                book,
                List.of(book),
                List.of(new Indicator(INDICATOR, "TRAINING_BASE", "实训工位数", "个", true)),
                List.of(2025, 2026, 2027),
                Map.of(INDICATOR + "_2025", "40"),
                List.of(),
                2,
                Arrays.asList(FundSource.values()),
                Map.of("PROVINCIAL_2025", "500"),
                Map.of(2025, "500"),
                "500",
                List.of(),
                Arrays.asList(ChangeKind.values()),
                List.of(),
                true,
                false,
                status.editable(),
                status.editable() && extension,
                status.editable(),
                status == TaskBookStatus.SUBMITTED,
                false,
                false);
    }
}

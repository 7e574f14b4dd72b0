package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.BudgetLine;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.Milestone;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.YearTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Task books and change requests in each state, made through their own moves. */
final class TaskBooks {

    static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
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

    static TaskBook in(TaskBookStatus status) {
        TaskBook book = new TaskBook(1L, 1, 2025, 2026, null);
        book.edit(complete());
        if (status == TaskBookStatus.DRAFT) {
            return book;
        }
        book.submit(INDICATORS, Role.SCHOOL_ADMIN, NOW);
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
}

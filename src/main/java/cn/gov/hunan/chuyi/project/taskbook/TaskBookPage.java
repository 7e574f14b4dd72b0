package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.project.IndicatorService.Indicator;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.Milestone;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.util.List;
import java.util.Map;

/**
 * A project's task book with what its page needs and offers the viewer: the version shown (null before the school
 * starts one) and the others, its targets ({@code "<indicatorId>_<year>"} → value as written), milestones and budget
 * ({@code "<SOURCE>_<year>"} → amount, totals by year), the change requests, and which steps the viewer may take.
 */
public record TaskBookPage(
        ProjectView project,
        TaskBookView book,
        List<TaskBookView> versions,
        List<Indicator> indicators,
        List<Integer> years,
        Map<String, String> targets,
        List<Milestone> milestones,
        int milestoneRows,
        List<FundSource> sources,
        Map<String, String> budget,
        Map<Integer, String> yearTotals,
        String budgetTotal,
        List<ChangeRequestLine> changes,
        List<ChangeKind> changeKinds,
        List<HistoryLine> history,
        boolean ownSchool,
        boolean mayStart,
        boolean mayEdit,
        boolean mayExtendPeriod,
        boolean maySubmit,
        boolean mayReview,
        boolean mayRequestChange,
        boolean mayDecideChange) {

    /** Whether there is a version to show. */
    public boolean hasBook() {
        return book != null;
    }

    /** Whether the version shown is the approved, locked one. */
    public boolean locked() {
        return book != null && book.status() == TaskBookStatus.APPROVED;
    }
}

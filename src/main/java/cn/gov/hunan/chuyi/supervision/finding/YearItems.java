package cn.gov.hunan.chuyi.supervision.finding;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's rectification items as a bulletin (通报) states them: per task how many are open, overdue and closed, and
 * the overdue items themselves. Read in one statement for the findings and one per kind of name, whatever the
 * number of tasks.
 */
@Service
@Transactional(readOnly = true)
public class YearItems {

    private final FindingRepository findings;
    private final FindingViews views;

    YearItems(FindingRepository findings, FindingViews views) {
        this.findings = findings;
        this.views = views;
    }

    /**
     * A task's items: {@code open} counts every item not closed (owing an answer, answered and waiting for the check,
     * or sent back), {@code overdue} those of them flagged overdue, {@code closed} the accepted ones.
     */
    public record Tally(long open, long overdue, long closed) {

        static final Tally NONE = new Tally(0, 0, 0);

        /** The tally with one more item in {@code status}, flagged overdue or not. */
        Tally plus(FindingStatus status, boolean overdueFlag) {
            boolean closedItem = status == FindingStatus.CLOSED;
            return new Tally(
                    open + (closedItem ? 0 : 1),
                    overdue + (!closedItem && overdueFlag ? 1 : 0),
                    closed + (closedItem ? 1 : 0));
        }

        /** Every item counted once: open and closed add up to all. */
        public long total() {
            return open + closed;
        }
    }

    /** Each task's tally (every task given has one) and the overdue items, by city, then deadline. */
    public record Items(Map<Long, Tally> tallies, List<FindingView> overdue) {}

    public Items of(Collection<Long> taskIds) {
        Map<Long, Tally> tallies = new HashMap<>();
        taskIds.forEach(id -> tallies.put(id, Tally.NONE));
        if (taskIds.isEmpty()) {
            return new Items(tallies, List.of());
        }
        List<Finding> found = findings.findByTaskIdIn(taskIds);
        for (Finding finding : found) {
            tallies.put(finding.taskId(), tallies.get(finding.taskId()).plus(finding.status(), finding.overdue()));
        }
        List<Finding> overdue = found.stream()
                .filter(f -> f.overdue() && f.status() != FindingStatus.CLOSED)
                .toList();
        return new Items(
                tallies,
                views.of(overdue).stream()
                        .sorted(Comparator.comparing(FindingView::cityCode)
                                .thenComparing(FindingView::deadline)
                                .thenComparing(FindingView::id))
                        .toList());
    }
}

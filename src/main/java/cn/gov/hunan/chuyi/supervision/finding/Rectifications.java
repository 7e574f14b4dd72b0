package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.ReminderLedger;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rectification items (整改事项) a viewer deals with, filtered and paged, and how many are overdue. */
@Service
@Transactional(readOnly = true)
public class Rectifications {

    private final FindingRepository findings;
    private final FindingViews views;
    private final RegionDirectory regions;
    private final TaskService tasks;
    private final ReminderLedger reminders;

    Rectifications(
            FindingRepository findings,
            FindingViews views,
            RegionDirectory regions,
            TaskService tasks,
            ReminderLedger reminders) {
        this.findings = findings;
        this.views = views;
        this.regions = regions;
        this.tasks = tasks;
        this.reminders = reminders;
    }

    // issue 16: the ledger (整改台账) and the counts per city

    /** Most rows one export carries; the ledger's filters narrow a larger set. */
    static final int EXPORT_LIMIT = 5000;

    /** The ledger page: the items the viewer deals with under the filters, with each item's count of reminders. */
    public LedgerPage ledger(PortalUser viewer, LedgerFilter filter, Pageable pageable) {
        boolean chooseCity = viewer.has(Role.PROVINCE_ADMIN) || viewer.has(Role.INSPECTOR);
        Page<FindingView> items = ledgerItems(viewer, filter, pageable);
        Map<String, Integer> chased = reminders.countsFor(items.getContent().stream()
                .map(f -> "/supervision/findings/" + f.id())
                .toList());
        return new LedgerPage(
                items,
                chased,
                filter,
                chooseCity,
                chooseCity ? regions.cities() : List.of(),
                List.of(FindingStatus.values()),
                List.of(Severity.values()),
                viewer.has(Role.PROVINCE_ADMIN) || viewer.has(Role.INSPECTOR) || viewer.has(Role.CITY_OFFICER));
    }

    /** The same items, all of them up to {@link #EXPORT_LIMIT}, for the Excel export. */
    public List<FindingView> ledgerRows(PortalUser viewer, LedgerFilter filter) {
        return ledgerItems(viewer, filter, PageRequest.of(0, EXPORT_LIMIT, Sort.by("cityCode", "deadline", "id")))
                .getContent();
    }

    private Page<FindingView> ledgerItems(PortalUser viewer, LedgerFilter f, Pageable pageable) {
        String city = f.city();
        Long organization = null;
        boolean allTasks = true;
        List<Long> taskIds = List.of(-1L);
        if (viewer.has(Role.PROVINCE_ADMIN)) {
            // every item
        } else if (viewer.has(Role.INSPECTOR)) {
            allTasks = false;
            taskIds = tasks.tasksFor(viewer, null).stream().map(TaskView::id).toList();
            if (taskIds.isEmpty()) {
                return Page.empty(pageable);
            }
        } else if (viewer.has(Role.CITY_OFFICER) && viewer.cityCode() != null) {
            city = viewer.cityCode();
        } else if (viewer.has(Role.SCHOOL_ADMIN) && viewer.organizationId() != null) {
            city = null;
            organization = viewer.organizationId();
        } else {
            return Page.empty(pageable);
        }
        Page<Finding> page = findings.ledger(
                city,
                f.year(),
                organization,
                allTasks,
                taskIds,
                f.status(),
                f.severity(),
                f.overdue(),
                f.extended(),
                f.rechecked(),
                pageable);
        return new PageImpl<>(views.of(page.getContent()), pageable, page.getTotalElements());
    }

    /** A city's rectification items of a year: still open (not signed off), overdue, and closed (销号). */
    public record CityCount(String cityCode, String cityName, long open, long overdue, long closed) {}

    /** Each city's counts for the year (every year when null), in one statement; cities without items are absent. */
    public List<CityCount> countsByCity(Integer year) {
        return findings.countsByCity(year).stream()
                .map(row -> {
                    long all = ((Number) row[1]).longValue();
                    long closed = ((Number) row[2]).longValue();
                    return new CityCount(
                            (String) row[0],
                            views.cityName((String) row[0]),
                            all - closed,
                            ((Number) row[3]).longValue(),
                            closed);
                })
                .sorted(Comparator.comparing(CityCount::cityCode))
                .toList();
    }

    /** How many items the task has. */
    long countOf(long taskId) {
        return findings.countByTaskId(taskId);
    }

    /** A task's items not yet closed, and how many of them are overdue. */
    public record Outstanding(long open, long overdue) {}

    /** The outstanding items of each task (every task given has an entry). */
    public Map<Long, Outstanding> outstanding(Collection<Long> taskIds) {
        Map<Long, long[]> counts = new HashMap<>();
        taskIds.forEach(id -> counts.put(id, new long[2]));
        for (Finding f : findings.findByTaskIdIn(taskIds)) {
            long[] c = counts.get(f.taskId());
            c[0] += f.status() != FindingStatus.CLOSED ? 1 : 0;
            c[1] += f.overdue() ? 1 : 0;
        }
        Map<Long, Outstanding> outstanding = new HashMap<>();
        counts.forEach((id, c) -> outstanding.put(id, new Outstanding(c[0], c[1])));
        return outstanding;
    }

    /** Items past their deadline without an answer, everywhere: the department's dashboard shows the number. */
    public long overdueCount() {
        return findings.countOverdue();
    }
}

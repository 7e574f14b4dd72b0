package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rectification items (整改事项) a viewer deals with, filtered and paged, and how many are overdue. */
@Service
@Transactional(readOnly = true)
public class Rectifications {

    private final FindingRepository findings;
    private final FindingViews views;
    private final RegionDirectory regions;

    Rectifications(FindingRepository findings, FindingViews views, RegionDirectory regions) {
        this.findings = findings;
        this.views = views;
        this.regions = regions;
    }

    /** The list page: the items the viewer deals with, filtered, and the filters it offers. */
    public RectificationsPage page(PortalUser viewer, Integer year, String city, FindingStatus status,
            Severity severity, boolean overdueOnly, Pageable pageable) {
        boolean province = viewer.has(Role.PROVINCE_ADMIN);
        return new RectificationsPage(of(viewer, year, city, status, severity, overdueOnly, pageable), province,
                province ? regions.cities() : List.of(), List.of(FindingStatus.values()), List.of(Severity.values()),
                status, severity);
    }

    /** The items the viewer deals with: a school its own, a city its city's, staff all. */
    public Page<FindingView> of(PortalUser viewer, Integer year, String city, FindingStatus status, Severity severity,
            boolean overdueOnly, Pageable pageable) {
        Page<Finding> page;
        if (viewer.has(Role.PROVINCE_ADMIN)) {
            page = findings.search(city, year, null, status, severity, overdueOnly, pageable);
        } else if (viewer.has(Role.CITY_OFFICER) && viewer.cityCode() != null) {
            page = findings.search(viewer.cityCode(), year, null, status, severity, overdueOnly, pageable);
        } else if (viewer.has(Role.SCHOOL_ADMIN) && viewer.organizationId() != null) {
            page = findings.search(null, year, viewer.organizationId(), status, severity, overdueOnly, pageable);
        } else {
            return Page.empty(pageable);
        }
        return new PageImpl<>(views.of(page.getContent()), pageable, page.getTotalElements());
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

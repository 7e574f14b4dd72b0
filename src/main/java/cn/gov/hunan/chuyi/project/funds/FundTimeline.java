package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.ProjectPages;
import cn.gov.hunan.chuyi.project.ProjectTimelineSource;
import cn.gov.hunan.chuyi.project.TimelineEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The project's funds on its timeline: each allocation added, changed, deleted or uploaded, with year, source and
 * amount (one statement, on {@code fund_change_project_idx}).
 */
@Component
class FundTimeline implements ProjectTimelineSource {

    private final FundChangeRepository changes;

    FundTimeline(FundChangeRepository changes) {
        this.changes = changes;
    }

    @Override
    public List<TimelineEntry> entries(ProjectPages.ProjectPage page, PortalUser viewer) {
        long id = page.project().id();
        return changes.findByProjectIdOrderByChangedAtDescIdDesc(id).stream()
                .map(FundChange::toLine)
                .map(line -> new TimelineEntry(
                        line.at().toLocalDate(),
                        "timeline.kind.funds",
                        "FundChange." + line.to(),
                        line.reason(),
                        line.reasonKey(),
                        line.reasonArguments(),
                        "/projects/" + id + "/funds"))
                .toList();
    }
}

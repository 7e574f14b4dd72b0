package cn.gov.hunan.chuyi.project.adjustment;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.ProjectPages;
import cn.gov.hunan.chuyi.project.ProjectTimelineSource;
import cn.gov.hunan.chuyi.project.TimelineEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/** A project's adjustments on its timeline: the kind, and the meeting that decided it (one statement). */
@Component
class AdjustmentTimeline implements ProjectTimelineSource {

    private final AdjustmentRepository adjustments;

    AdjustmentTimeline(AdjustmentRepository adjustments) {
        this.adjustments = adjustments;
    }

    @Override
    public List<TimelineEntry> entries(ProjectPages.ProjectPage page, PortalUser viewer) {
        return adjustments
                .findByProjectIdOrderByMeetingDateDescIdDesc(page.project().id())
                .stream()
                .map(ProjectAdjustment::toView)
                .map(a -> TimelineEntry.of(
                        a.meetingDate(),
                        "timeline.kind.adjustment",
                        "AdjustmentKind." + a.kind(),
                        a.meetingName() + " · " + a.reason(),
                        null))
                .toList();
    }
}

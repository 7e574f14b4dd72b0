package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The project's own events on its timeline: its state changes (designation, evaluations' moves, revocation, exit,
 * tier moves) and its annual reports as submitted — both from what the page already loaded (no statement).
 */
@Component
class HistoryTimeline implements ProjectTimelineSource {

    /** History lines written by the task book and its change requests (the project's state unchanged). */
    private static final String TASK_BOOK_KEYS = "taskbook.history.";

    @Override
    public List<TimelineEntry> entries(ProjectPages.ProjectPage page, PortalUser viewer) {
        long id = page.project().id();
        List<TimelineEntry> entries = new ArrayList<>();
        for (var line : page.history()) {
            if (line.reasonKey() != null && line.reasonKey().startsWith(TASK_BOOK_KEYS)) {
                continue; // the task book's own timeline source shows these
            }
            entries.add(new TimelineEntry(
                    line.at().toLocalDate(),
                    "timeline.kind.status",
                    "ProjectStatus." + line.to(),
                    line.reason(),
                    line.reasonKey(),
                    line.reasonArguments(),
                    null));
        }
        for (var report : page.reports()) {
            if (report.submittedAt() != null) {
                entries.add(new TimelineEntry(
                        report.submittedAt().toLocalDate(),
                        "timeline.kind.report",
                        "ReportStatus." + report.status(),
                        null,
                        "timeline.report",
                        List.of(String.valueOf(report.year())),
                        "/projects/" + id + "/reports/" + report.id()));
            }
        }
        return entries;
    }
}

package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.ProjectPages;
import cn.gov.hunan.chuyi.project.ProjectTimelineSource;
import cn.gov.hunan.chuyi.project.TimelineEntry;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The task book's versions (submitted, returned, approved) and the change requests (filed, decided) on the project's
 * timeline. Both are written as lines of the project's history ({@code taskbook.history.*} keys), which the page has
 * already loaded: no statement of its own. The project's own history source leaves these lines to this one.
 */
@Component
class TaskBookTimeline implements ProjectTimelineSource {

    /** The history keys this source shows; "started" is a draft nobody else sees yet, so it stays off. */
    private static final List<String> VERSION_KEYS =
            List.of("taskbook.history.submitted", "taskbook.history.returned", "taskbook.history.approved");

    private static final String CHANGE_PREFIX = "taskbook.history.change";

    @Override
    public List<TimelineEntry> entries(ProjectPages.ProjectPage page, PortalUser viewer) {
        long id = page.project().id();
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoryLine line : page.history()) {
            String key = line.reasonKey();
            if (key == null || line.at() == null) {
                continue;
            }
            if (VERSION_KEYS.contains(key)) {
                entries.add(entry(line, "timeline.kind.taskBook", "/projects/" + id + "/task-book"));
            } else if (key.startsWith(CHANGE_PREFIX)) {
                entries.add(entry(line, "timeline.kind.change", "/projects/" + id + "/task-book"));
            }
        }
        return entries;
    }

    private static TimelineEntry entry(HistoryLine line, String kindKey, String link) {
        return new TimelineEntry(
                line.at().toLocalDate(), kindKey, null, null, line.reasonKey(), line.reasonArguments(), link);
    }
}

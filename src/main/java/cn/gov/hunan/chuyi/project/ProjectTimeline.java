package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Merges the entries of every {@link ProjectTimelineSource} into the project's one timeline, newest first. */
@Component
public class ProjectTimeline {

    private final List<ProjectTimelineSource> sources;

    ProjectTimeline(List<ProjectTimelineSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<TimelineEntry> of(ProjectPages.ProjectPage page, PortalUser viewer) {
        return sources.stream()
                .flatMap(s -> s.entries(page, viewer).stream())
                .sorted(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }
}

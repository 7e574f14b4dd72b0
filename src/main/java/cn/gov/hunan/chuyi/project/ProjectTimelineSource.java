package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.util.List;

/**
 * A part of a project's life that puts its events on the project's one timeline (the project page merges every
 * source's entries, newest first). A source may use what the page already loaded ({@code page}) and may run a
 * bounded number of statements of its own — never one per row.
 */
public interface ProjectTimelineSource {

    List<TimelineEntry> entries(ProjectPages.ProjectPage page, PortalUser viewer);
}

package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.project.funds.FundRates;
import cn.gov.hunan.chuyi.project.funds.FundTotals;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the register's pages show and offer the viewer: the data, and a {@code may…} flag for each action, answered
 * by the move tables and the endpoints' role rules, so that a template never decides.
 */
@Service
@Transactional(readOnly = true)
public class ProjectPages {

    private final ProjectService projects;
    private final ReportService reports;
    private final ProgramCatalogue programs;
    private final FundRates rates;

    ProjectPages(ProjectService projects, ReportService reports, ProgramCatalogue programs, FundRates rates) {
        this.projects = projects;
        this.reports = reports;
        this.programs = programs;
        this.rates = rates;
    }

    /** The register's list, its filter's choices, and the links the viewer may follow. */
    public record ListPage(
            Page<ProjectView> projects,
            List<ProgramSummary> programs,
            Map<String, String> programNames,
            List<ProjectStatus> statuses,
            boolean mayRegister,
            boolean mayTrackReports,
            Map<Long, FundTotals> funds,
            ProjectFilter filter) {

        /** The tiers the filter offers: A, B, none. */
        public List<Tier> tiers() {
            return ProjectFilter.tiers();
        }

        /** The execution rate of a listed project, or null when nothing is allocated to it. */
        public BigDecimal rateOf(long projectId) {
            FundTotals totals = funds.get(projectId);
            return totals == null ? null : totals.rate();
        }
    }

    /**
     * A project's page: the revocation offered, the reports and the years still to file (evaluations are recorded by
     * grade, on the part {@code evaluation.LifePages} adds).
     */
    public record ProjectPage(
            ProjectView project,
            ProgramSummary program,
            List<HistoryLine> history,
            List<ReportView> reports,
            List<Integer> yearsToFile,
            boolean mayRevoke) {}

    public ListPage list(ProjectFilter filter, PortalUser viewer, Pageable pageable, Locale locale) {
        var catalogue = programs.all();
        var found = projects.search(filter, viewer, pageable);
        return new ListPage(
                found,
                catalogue,
                catalogue.stream().collect(Collectors.toMap(ProgramSummary::code, p -> p.name(locale))),
                List.of(ProjectStatus.values()),
                mayRegister(viewer),
                mayTrackReports(viewer),
                rates.ofProjects(found.map(ProjectView::id).toList()),
                filter);
    }

    public ProjectPage page(long id, PortalUser viewer) {
        var project = projects.get(id, viewer);
        var status = project.status();
        return new ProjectPage(
                project,
                programs.get(project.programCode()),
                projects.history(id),
                reports.reportsOf(id, viewer),
                reports.yearsToFile(id, viewer),
                Acting.may(viewer, ProjectMove.REVOKE, status));
    }

    /** Direct registration is the department's (ProjectController's rule). */
    static boolean mayRegister(PortalUser viewer) {
        return viewer.has(Role.PROVINCE_ADMIN);
    }

    /** Who sees the report status page (ReportStatusController's rule): the department, cities and schools. */
    static boolean mayTrackReports(PortalUser viewer) {
        return viewer.has(Role.PROVINCE_ADMIN) || viewer.has(Role.CITY_OFFICER) || viewer.has(Role.SCHOOL_ADMIN);
    }
}

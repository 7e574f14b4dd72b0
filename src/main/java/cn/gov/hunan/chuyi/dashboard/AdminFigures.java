package cn.gov.hunan.chuyi.dashboard;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.project.ProjectRegister;
import cn.gov.hunan.chuyi.project.ReportTracker;
import cn.gov.hunan.chuyi.project.adjustment.AdjustmentService;
import cn.gov.hunan.chuyi.project.adjustment.AdjustmentYear;
import cn.gov.hunan.chuyi.project.funds.FundOverview;
import cn.gov.hunan.chuyi.project.funds.FundOverviews;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.supervision.RectificationService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The department's dashboard figures — how far the plan is — computed over every project, report and finding of the
 * province, then kept for a minute: every officer who opens the dashboard in that minute sees the same figures (with
 * the time they were computed) instead of the database adding them up again. At ten times the province's size the
 * computation takes hundreds of milliseconds; the page, once computed, a few. The money (the funds overview by
 * programme, city and year, about eight statements) and the dynamic adjustments per year are kept with them, the
 * money once per language of the page (its programme and city names), for the same minute.
 */
@Component
class AdminFigures {

    private final ProgramCatalogue programs;
    private final ProjectRegister projects;
    private final RegionDirectory regions;
    private final RectificationService rectification;
    private final ReportTracker reports;
    private final FundOverviews funds;
    private final AdjustmentService adjustments;
    private final Clock clock;
    private final Duration freshFor;
    private volatile Figures last;

    AdminFigures(
            ProgramCatalogue programs,
            ProjectRegister projects,
            RegionDirectory regions,
            RectificationService rectification,
            ReportTracker reports,
            FundOverviews funds,
            AdjustmentService adjustments,
            Clock clock,
            @Value("${chuyi.dashboard.figures-fresh-for:PT1M}") Duration freshFor) {
        this.freshFor = freshFor;
        this.programs = programs;
        this.projects = projects;
        this.regions = regions;
        this.rectification = rectification;
        this.reports = reports;
        this.funds = funds;
        this.adjustments = adjustments;
        this.clock = clock;
    }

    record Figures(
            List<ProgramSummary> programs,
            List<ProgramProgress> progress,
            List<CityProgress> cities,
            long overdueRectifications,
            List<RectificationService.CityRectifications> rectificationByCity,
            long overdueReports,
            long citiesWithFlagship,
            List<AdjustmentYear> adjustmentYears,
            Map<Locale, FundOverview> fundsByLanguage,
            Instant computedAt) {}

    /** The province-wide figures (the viewer is the department: they are the same for every officer). */
    Figures current(PortalUser viewer) {
        Figures figures = last;
        if (figures == null || figures.computedAt().plus(freshFor).isBefore(clock.instant())) {
            synchronized (this) {
                figures = last;
                if (figures == null || figures.computedAt().plus(freshFor).isBefore(clock.instant())) {
                    figures = compute(viewer);
                    last = figures;
                }
            }
        }
        return figures;
    }

    /** The money of these figures' minute, in the page's language: computed on the first visit in that language. */
    FundOverview funds(Figures figures, Locale locale) {
        return figures.fundsByLanguage().computeIfAbsent(locale, funds::overview);
    }

    private Figures compute(PortalUser viewer) {
        var flagships = projects.cityFlagships();
        var byCity = projects.cityProgramCounts();
        List<CityProgress> cities = regions.cities().stream()
                .map(c -> new CityProgress(c, flagships.get(c.code()), byCity.getOrDefault(c.code(), Map.of())))
                .toList();
        var byStatus = projects.statusCounts();
        var reportCounts = reports.byProgram(viewer);
        var catalogue = programs.all();
        var progress = catalogue.stream()
                .map(p -> new ProgramProgress(
                        p,
                        byStatus.getOrDefault(p.code(), Map.of()),
                        reportCounts.getOrDefault(p.code(), new ReportTracker.ProgramReports(0, 0, 0))))
                .toList();
        // every year's items, like the overdue count above: what is still open anywhere is the department's work
        return new Figures(
                catalogue,
                progress,
                cities,
                rectification.overdueCount(),
                rectification.byCity(null),
                progress.stream().mapToLong(p -> p.reports().overdue()).sum(),
                cities.stream().filter(CityProgress::hasFlagship).count(),
                adjustments.byYear(),
                new ConcurrentHashMap<>(),
                clock.instant());
    }
}

package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.program.Programs;
import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageImpl;

/**
 * The project pages' records for controller slices, as the services would give them (no database); the project is
 * shared with the slices of the project's sub-modules (funds, task book).
 */
public final class ProjectViews {

    static final String PROGRAM = "CHUYI_SECONDARY";
    public static final long PROJECT = 11L;
    public static final long REPORT = 21L;
    static final long INDICATOR = 31L;

    private ProjectViews() {}

    /** The school administrator's project in 长沙, under construction, at version 2. */
    public static ProjectView project() {
        return project(PROGRAM, 2024);
    }

    /** The same project of another programme, designated in another year (three years' construction). */
    public static ProjectView project(String program, int year) {
        return new ProjectView(
                PROJECT,
                program,
                SignedIn.ORGANIZATION,
                "长沙职业技术学校",
                SignedIn.CITY,
                "测试实训基地",
                year,
                3,
                ProjectStatus.UNDER_CONSTRUCTION,
                null,
                "湘教通〔" + year + "〕1号",
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                2);
    }

    static ProjectPages.ListPage list() {
        return new ProjectPages.ListPage(
                new PageImpl<>(List.of(project())),
                List.of(Programs.school(PROGRAM)),
                Map.of(PROGRAM, "楚怡高水平中职学校"),
                List.of(ProjectStatus.values()),
                false,
                false,
                Map.of(),
                ProjectFilter.none());
    }

    static ProjectPages.ProjectPage page() {
        return new ProjectPages.ProjectPage(
                project(), Programs.school(PROGRAM), List.of(), List.of(), List.of(2025), false);
    }

    static ProjectIndicator.IndicatorLine indicator() {
        return new ProjectIndicator.IndicatorLine(INDICATOR, "双师型教师占比", "%", true, 0);
    }

    /** The school's draft report of 2025 with one indicator to fill, editable by the school. */
    static ReportService.ReportPage report() {
        var report = new ReportView(
                REPORT, PROJECT, 2025, ReportStatus.DRAFT, "建设情况说明", null, null, null, Map.of(), 5, true);
        return new ReportService.ReportPage(
                project(), report, List.of(indicator()), List.of(), List.of(), true, true, true, false);
    }

    static FlagshipChecklist.CityLine city() {
        return new FlagshipChecklist.CityLine(
                new City(SignedIn.CITY, "长沙市", "Changsha"),
                new CityFlagship(SignedIn.CITY, PROJECT, SignedIn.ORGANIZATION, "长沙职业技术学校", "测试实训基地"),
                List.of(new FlagshipChecklist.ItemView("NAME", false, false, null, null, null, null, List.of())),
                true);
    }

    static IndicatorService.IndicatorPage indicators() {
        return new IndicatorService.IndicatorPage(List.of(indicator()), List.of(), Map.of(INDICATOR, "双师型教师占比"));
    }

    static ReportTracker.OwedReport owed() {
        return new ReportTracker.OwedReport(
                PROJECT,
                PROGRAM,
                SignedIn.ORGANIZATION,
                "长沙职业技术学校",
                SignedIn.CITY,
                "测试实训基地",
                2025,
                ReportTracker.dueDate(2025),
                null,
                null,
                null,
                false,
                false);
    }
}

package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.project.IndicatorService;
import cn.gov.hunan.chuyi.project.ProjectService;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.YearTarget;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task books' Excel export: one row per project, indicator and year with the target of the project's current
 * (latest approved) version. A bounded number of statements whatever the number of projects.
 */
@Component
@Transactional(readOnly = true)
class TaskBookExport {

    private final TaskBookRepository books;
    private final ProjectService projects;
    private final IndicatorService indicators;
    private final ProgramCatalogue programs;
    private final MessageSource messages;

    TaskBookExport(
            TaskBookRepository books,
            ProjectService projects,
            IndicatorService indicators,
            ProgramCatalogue programs,
            MessageSource messages) {
        this.books = books;
        this.projects = projects;
        this.indicators = indicators;
        this.programs = programs;
        this.messages = messages;
    }

    Spreadsheet workbook(PortalUser admin, Locale locale) {
        Map<Long, ProjectView> byId = projects.all(null, null, null, admin).stream()
                .collect(Collectors.toMap(ProjectView::id, Function.identity()));
        Map<Long, IndicatorService.Indicator> indicatorById = indicators.allIndicators().stream()
                .collect(Collectors.toMap(IndicatorService.Indicator::id, Function.identity()));
        Map<String, ProgramSummary> names =
                programs.all().stream().collect(Collectors.toMap(ProgramSummary::code, Function.identity()));
        var sheet = new Spreadsheet(messages.getMessage("taskbook.export.sheet", null, locale))
                .header(
                        messages,
                        locale,
                        "project.export.id",
                        "project.export.program",
                        "project.field.title",
                        "project.field.organization",
                        "taskbook.version",
                        "project.report.indicator",
                        "taskbook.unit",
                        "taskbook.year",
                        "project.report.target");
        Set<Long> seen = new HashSet<>();
        for (TaskBook book : books.findWithTargetsByStatus(TaskBookStatus.APPROVED)) {
            ProjectView p = byId.get(book.projectId());
            if (p == null || !seen.add(book.projectId())) {
                continue; // not visible, or an older approved version of a project already listed
            }
            var targets = book.content().targets().stream()
                    .sorted(Comparator.comparing((YearTarget t) -> order(indicatorById, t))
                            .thenComparing(YearTarget::year))
                    .toList();
            for (YearTarget t : targets) {
                var indicator = indicatorById.get(t.indicatorId());
                sheet.row(
                        p.id(),
                        names.containsKey(p.programCode())
                                ? names.get(p.programCode()).name(locale)
                                : p.programCode(),
                        p.title(),
                        p.organizationName(),
                        book.versionNo(),
                        indicator == null ? null : indicator.name(),
                        indicator == null ? null : indicator.unit(),
                        t.year(),
                        t.value());
            }
        }
        return sheet;
    }

    private static long order(Map<Long, IndicatorService.Indicator> byId, YearTarget t) {
        return byId.containsKey(t.indicatorId()) ? t.indicatorId() : Long.MAX_VALUE;
    }
}

package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.project.funds.FundRates;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The register's Excel exports: the projects per programme with status, and the annual-report status. */
@Component
class ProjectExports {

    private final MessageSource messages;
    private final ProgramCatalogue programs;
    private final RegionDirectory regions;
    private final FundRates rates;

    ProjectExports(MessageSource messages, ProgramCatalogue programs, RegionDirectory regions, FundRates rates) {
        this.messages = messages;
        this.programs = programs;
        this.regions = regions;
        this.rates = rates;
    }

    Spreadsheet register(List<ProjectView> projects, Locale locale) {
        var names = programNames();
        var sheet = new Spreadsheet(text("project.export.registerSheet", locale))
                .header(
                        messages,
                        locale,
                        "project.export.id",
                        "project.export.program",
                        "project.field.title",
                        "project.field.organization",
                        "organization.field.city",
                        "project.field.year",
                        "project.field.constructionYears",
                        "project.field.endYear",
                        "project.field.status",
                        "project.field.tier",
                        "project.field.document",
                        "project.export.midtermScore",
                        "project.export.acceptanceScore",
                        "project.revokeReason",
                        "funds.export.allocated",
                        "funds.export.spent",
                        "funds.export.rate");
        var funds = rates.all();
        for (ProjectView p : projects) {
            var money = funds.get(p.id());
            sheet.row(
                    p.id(),
                    names.get(p.programCode()).name(locale),
                    p.title(),
                    p.organizationName(),
                    cityName(p.cityCode(), locale),
                    p.year(),
                    p.constructionYears(),
                    p.endYear(),
                    text("ProjectStatus." + p.status(), locale),
                    p.tier(),
                    p.documentNumber(),
                    p.midtermScore(),
                    p.acceptanceScore(),
                    p.revokeReason(),
                    money == null ? null : money.allocated(),
                    money == null ? null : money.spent(),
                    money == null ? null : money.rate());
        }
        return sheet;
    }

    Spreadsheet reportStatus(List<ReportTracker.OwedReport> owed, Locale locale) {
        var names = programNames();
        var sheet = new Spreadsheet(text("project.reports.title", locale))
                .header(
                        messages,
                        locale,
                        "project.report.year",
                        "project.export.program",
                        "project.field.title",
                        "project.field.organization",
                        "organization.field.city",
                        "project.reports.dueDate",
                        "project.reports.state",
                        "project.report.submittedAt",
                        "project.reports.overdue");
        for (var r : owed) {
            sheet.row(
                    r.year(),
                    names.get(r.programCode()).name(locale),
                    r.title(),
                    r.organizationName(),
                    cityName(r.cityCode(), locale),
                    r.dueDate(),
                    text(stateKey(r), locale),
                    r.submittedAt(),
                    text(r.overdue() ? "project.reports.yes" : "project.reports.no", locale));
        }
        return sheet;
    }

    static String stateKey(ReportTracker.OwedReport report) {
        return report.reportStatus() == null ? "project.reports.notStarted" : "ReportStatus." + report.reportStatus();
    }

    private Map<String, ProgramSummary> programNames() {
        return programs.all().stream().collect(Collectors.toMap(ProgramSummary::code, Function.identity()));
    }

    private String cityName(String code, Locale locale) {
        return code == null
                ? null
                : regions.city(code).map(c -> c.displayName(locale)).orElse(code);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.ProjectService;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The evaluations export (评估结果): one row per evaluation of the viewer's slice of the register. */
@Component
class EvaluationExport {

    private final ProjectService projects;
    private final EvaluationService evaluations;
    private final MessageSource messages;

    EvaluationExport(ProjectService projects, EvaluationService evaluations, MessageSource messages) {
        this.projects = projects;
        this.evaluations = evaluations;
        this.messages = messages;
    }

    Spreadsheet workbook(PortalUser viewer, Locale locale) {
        var byId = projects.all(null, null, null, viewer).stream()
                .collect(Collectors.toMap(ProjectView::id, Function.identity()));
        var sheet = new Spreadsheet(text("evaluation.export.sheet", locale))
                .header(
                        messages,
                        locale,
                        "project.export.id",
                        "project.field.title",
                        "project.field.organization",
                        "evaluation.field.kind",
                        "evaluation.field.grade",
                        "evaluation.field.date",
                        "evaluation.field.conclusion",
                        "evaluation.field.rectifyBy",
                        "evaluation.field.result");
        for (EvaluationView e : evaluations.all(byId.keySet())) {
            var p = byId.get(e.projectId());
            sheet.row(
                    p.id(),
                    p.title(),
                    p.organizationName(),
                    text("Grade.Kind." + e.kind(), locale),
                    text("Grade." + e.grade(), locale),
                    e.evaluatedOn(),
                    e.conclusion(),
                    e.rectifyBy(),
                    text("ProjectStatus." + e.to(), locale));
        }
        return sheet;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

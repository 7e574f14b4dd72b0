package cn.gov.hunan.chuyi.selection.expert;

import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The expert pool as an Excel workbook (province staff, who keep it): the same rows as the pool's page. */
@Controller
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class ExpertExportController {

    private final ExpertPool pool;
    private final MessageSource messages;

    ExpertExportController(ExpertPool pool, MessageSource messages) {
        this.pool = pool;
        this.messages = messages;
    }

    @GetMapping("/experts.xlsx")
    ResponseEntity<byte[]> workbook(Locale locale) {
        var sheet = new Spreadsheet(messages.getMessage("selection.expert.list.title", null, locale))
                .header(
                        messages,
                        locale,
                        "selection.expert.field.name",
                        "selection.export.username",
                        "selection.expert.field.title",
                        "selection.expert.field.fields",
                        "selection.expert.field.home",
                        "organization.field.city");
        for (ExpertLine e : pool.all()) {
            sheet.row(
                    e.displayName(),
                    e.username(),
                    e.title(),
                    e.fieldsText(),
                    e.organizationName(),
                    e.city() == null ? null : e.city().displayName(locale));
        }
        return sheet.download("experts.xlsx");
    }
}

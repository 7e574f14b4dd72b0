package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.HtmlPdf;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A nomination's 申报书 as a PDF in the province's layout ({@code selection/nomination/application-pdf.html}): a cover,
 * the programme's own parts ({@link NominationContent.FieldSet}), the common sections, the attachments list and the
 * page the unit signs and seals. Whoever may read the nomination may have it (its page's access check).
 */
@Component
class ApplicationDocuments {

    private final NominationPages pages;
    private final HtmlPdf pdf;
    private final Clock clock;

    ApplicationDocuments(NominationPages pages, HtmlPdf pdf, Clock clock) {
        this.pages = pages;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The 申报书 of a nomination the viewer may read (404 otherwise). */
    Document of(long id, PortalUser viewer, Locale locale) {
        NominationPage page = pages.detail(id, viewer);
        return new Document(page.nomination().title(), render(page, locale));
    }

    byte[] render(NominationPage page, Locale locale) {
        NominationContent content = page.nomination().content();
        Map<String, Object> parts = new LinkedHashMap<>();
        for (String part : page.fields().parts()) {
            parts.put(part, content.part(part));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("nomination", page.nomination());
        model.put("round", page.round());
        model.put("fields", page.fields());
        model.put("c", content);
        model.put("parts", parts);
        model.put("attachments", page.attachments());
        model.put("today", LocalDate.now(clock.withZone(PortalTime.ZONE)));
        return pdf.render("selection/nomination/application-pdf", locale, model);
    }

    /** The file: the nomination's title names it. */
    record Document(String title, byte[] content) {}
}

package cn.gov.hunan.chuyi.supervision.bulletin;

import cn.gov.hunan.chuyi.shared.PdfDocument;
import cn.gov.hunan.chuyi.shared.PdfDocuments;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The issued 通报 as a PDF: the blocks of its page ({@code supervision/bulletin/document.html} and its tables), in the
 * same order and the same words (the bundle's keys), so the page and the file cannot state different things.
 */
@Component
class BulletinDocuments {

    private final MessageSource messages;

    BulletinDocuments(MessageSource messages) {
        this.messages = messages;
    }

    byte[] pdf(BulletinView bulletin, Locale locale) {
        String issuer = text(locale, "supervision.bulletin.issuer");
        String title = text(locale, "supervision.bulletin.title", bulletin.year(), bulletin.topic());
        String date = bulletin.issuedOn()
                .format(DateTimeFormatter.ofPattern(text(locale, "supervision.bulletin.doc.datePattern"), locale));
        PdfDocument.Builder doc = PdfDocument.titled(title)
                .masthead(issuer)
                .centered(bulletin.documentNumber())
                .heading(title);
        bulletin.prefaceParagraphs().forEach(doc::paragraph);
        doc.paragraph(text(
                locale,
                "supervision.bulletin.summary",
                bulletin.year(),
                bulletin.cities().size(),
                bulletin.overdue().size()));
        doc.line(text(locale, "supervision.bulletin.citiesCaption"));
        List<List<String>> cities = new ArrayList<>();
        int rank = 0;
        for (BulletinView.City c : bulletin.cities()) {
            // the rank counts the cities with a total, as the page's table does; the others are unranked
            cities.add(List.of(
                    c.total() == null ? "—" : String.valueOf(++rank),
                    c.name(),
                    c.total() == null ? "—" : c.total().toPlainString(),
                    c.grade() == null ? "—" : text(locale, "Grade." + c.grade()),
                    String.valueOf(c.open()),
                    String.valueOf(c.overdue()),
                    String.valueOf(c.closed())));
        }
        doc.table(
                List.of(
                        text(locale, "supervision.results.rank"),
                        text(locale, "supervision.bulletin.subject"),
                        text(locale, "supervision.results.total"),
                        text(locale, "supervision.results.grade"),
                        text(locale, "supervision.bulletin.open"),
                        text(locale, "supervision.bulletin.overdue"),
                        text(locale, "supervision.bulletin.closed")),
                cities,
                1,
                4,
                1.5f,
                1.5f,
                1.5f,
                1.5f,
                1.5f);
        if (bulletin.overdue().isEmpty()) {
            doc.line(text(locale, "supervision.bulletin.noOverdue"));
        } else {
            doc.line(text(locale, "supervision.bulletin.overdueCaption"));
            List<List<String>> items = new ArrayList<>();
            int number = 0;
            for (BulletinView.Item i : bulletin.overdue()) {
                items.add(List.of(
                        String.valueOf(++number),
                        i.cityName(),
                        i.responsible(),
                        i.category(),
                        text(locale, "Severity." + i.severity()),
                        i.deadline().toString()));
            }
            doc.table(
                    List.of(
                            text(locale, "supervision.bulletin.number"),
                            text(locale, "supervision.city"),
                            text(locale, "supervision.finding.responsible"),
                            text(locale, "supervision.finding.category"),
                            text(locale, "supervision.finding.severity"),
                            text(locale, "supervision.finding.deadline")),
                    items,
                    1,
                    2,
                    3.5f,
                    3.5f,
                    1.5f,
                    2.5f);
        }
        return PdfDocuments.render(doc.signOff(issuer, date)
                .seal(text(locale, "supervision.bulletin.doc.seal"))
                .build());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

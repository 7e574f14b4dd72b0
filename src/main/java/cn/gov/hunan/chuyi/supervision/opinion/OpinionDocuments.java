package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.shared.PdfDocument;
import cn.gov.hunan.chuyi.shared.PdfDocuments;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The issued 督导意见书 as a PDF: the same blocks, in the same words (the bundle's keys), as its print page
 * ({@code supervision/opinion/print.html}), so the two cannot tell different things.
 */
@Component
class OpinionDocuments {

    private final MessageSource messages;

    OpinionDocuments(MessageSource messages) {
        this.messages = messages;
    }

    byte[] pdf(OpinionPage page, Locale locale) {
        OpinionView opinion = page.opinion();
        String subject = page.task().subjectName();
        String issuer = text(locale, "supervision.opinion.doc.issuer");
        String date = opinion.issuedOn()
                .format(DateTimeFormatter.ofPattern(text(locale, "supervision.opinion.doc.datePattern"), locale));
        PdfDocument.Builder doc = PdfDocument.titled(text(
                        locale,
                        "supervision.opinion.doc.title",
                        subject,
                        page.plan().year()))
                .masthead(issuer)
                .centered(opinion.documentNumber())
                .heading(text(
                        locale,
                        "supervision.opinion.doc.title",
                        subject,
                        page.plan().year()))
                .line(
                        page.task().inspectsSchool()
                                ? text(locale, "supervision.opinion.doc.addresseeSchool", subject)
                                : text(locale, "supervision.opinion.doc.addresseeCity", subject))
                .paragraph(text(
                        locale,
                        "supervision.opinion.doc.intro",
                        page.plan().year(),
                        page.plan().topic(),
                        subject))
                .line(text(locale, "supervision.opinion.doc.evaluationHeading"));
        for (String paragraph : opinion.evaluation().split("\\R+")) {
            if (!paragraph.isBlank()) {
                doc.paragraph(paragraph.strip());
            }
        }
        doc.paragraph(text(
                locale,
                "supervision.opinion.doc.grade",
                text(locale, "Grade." + opinion.grade()),
                opinion.totalScore() == null ? "—" : opinion.totalScore().toPlainString()));
        doc.line(text(locale, "supervision.opinion.doc.problemsHeading"));
        if (page.items().isEmpty()) {
            doc.paragraph(text(locale, "supervision.opinion.doc.noProblems"));
        } else {
            doc.table(
                    List.of(
                            text(locale, "supervision.opinion.doc.col.number"),
                            text(locale, "supervision.opinion.doc.col.problem"),
                            text(locale, "supervision.opinion.doc.col.responsible"),
                            text(locale, "supervision.opinion.doc.col.deadline")),
                    page.items().stream()
                            .map(i -> List.of(
                                    String.valueOf(i.number()),
                                    i.category() + "：" + i.description(),
                                    i.responsible(),
                                    i.deadline().toString()))
                            .toList(),
                    1,
                    7,
                    3,
                    2.5f);
            doc.paragraph(text(locale, "supervision.opinion.doc.requirement"));
        }
        return PdfDocuments.render(doc.signOff(issuer, date)
                .seal(text(locale, "supervision.opinion.doc.seal"))
                .build());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

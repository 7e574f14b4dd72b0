package cn.gov.hunan.chuyi.selection.document;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.selection.publicity.NoticeService;
import cn.gov.hunan.chuyi.selection.publicity.PublicNotice;
import cn.gov.hunan.chuyi.selection.round.RoundService;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PdfDocument;
import cn.gov.hunan.chuyi.shared.PdfDocuments;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's official documents: the 文号 province staff give its 公示 notice and 立项 list, and the two PDFs that carry
 * them in the official-document layout (红头, number, title, the list, the issuer, the date, where the seal goes).
 */
@Service
@Transactional(readOnly = true)
public class OfficialDocuments {

    private final RoundNumbersRepository numbers;
    private final RoundService rounds;
    private final NoticeService notices;
    private final RegionDirectory regions;
    private final MessageSource messages;
    private final Clock clock;

    OfficialDocuments(
            RoundNumbersRepository numbers,
            RoundService rounds,
            NoticeService notices,
            RegionDirectory regions,
            MessageSource messages,
            Clock clock) {
        this.numbers = numbers;
        this.rounds = rounds;
        this.notices = notices;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    /** A round's numbers as the documents page shows them (province staff). */
    public record Numbers(long roundId, String roundTitle, String notice, String designation, long version) {}

    public Numbers numbers(long roundId, PortalUser viewer) {
        requireStaff(viewer);
        var round = rounds.get(roundId, viewer);
        RoundNumbers row = numbers.findById(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        return new Numbers(roundId, round.title(), row.noticeNumber(), row.designationNumber(), row.version());
    }

    /** Sets both numbers (blank clears one); each must be a well-formed 文号 ({@link DocumentNumber}). */
    @Transactional
    public void setNumbers(long roundId, String notice, String designation, long expectedVersion, PortalUser actor) {
        requireStaff(actor);
        rounds.get(roundId, actor);
        RoundNumbers row = numbers.findById(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        Versions.expect(row.version(), expectedVersion, "round");
        String n = Text.blankToNull(notice);
        String d = Text.blankToNull(designation);
        if (n != null && !DocumentNumber.valid(n)) {
            throw new DocumentRejected("noticeNumber", "documents.number.invalid", n);
        }
        if (d != null && !DocumentNumber.valid(d)) {
            throw new DocumentRejected("designationNumber", "documents.number.invalid", d);
        }
        if (n != null && n.equals(d)) {
            throw new DocumentRejected("designationNumber", "documents.number.same", d);
        }
        row.set(n, d);
    }

    /** The 公示 notice as a PDF, to anyone while the notice is public (404 otherwise). */
    public byte[] noticePdf(long roundId, Locale locale) {
        PublicNotice notice = notices.notice(roundId);
        String number =
                numbers.findById(roundId).map(RoundNumbers::noticeNumber).orElse(null);
        return draw(
                notice,
                number,
                text(locale, "documents.notice.heading", notice.title()),
                text(
                        locale,
                        "documents.notice.intro",
                        notice.programName(locale),
                        notice.startsAt().toLocalDate(),
                        notice.endsAt().toLocalDate()),
                line -> true,
                notice.startsAt().toLocalDate(),
                locale);
    }

    /** The 立项 list of a closed round as a PDF, for those who may see the round (404 before it closes). */
    public byte[] designationPdf(long roundId, PortalUser viewer, Locale locale) {
        rounds.get(roundId, viewer);
        PublicNotice notice = notices.notice(roundId);
        if (!notice.closed()) {
            throw new NotFoundException("designation list", roundId);
        }
        String number =
                numbers.findById(roundId).map(RoundNumbers::designationNumber).orElse(null);
        return draw(
                notice,
                number,
                text(locale, "documents.designation.heading", notice.title()),
                text(locale, "documents.designation.intro", notice.programName(locale)),
                PublicNotice.Line::designated,
                LocalDate.now(clock.withZone(PortalTime.ZONE)),
                locale);
    }

    private byte[] draw(
            PublicNotice notice,
            String number,
            String heading,
            String intro,
            Predicate<PublicNotice.Line> listed,
            LocalDate date,
            Locale locale) {
        PdfDocument.Builder doc = PdfDocument.titled(heading).masthead(notice.issuer(locale));
        if (number != null) {
            doc.centered(number);
        }
        doc.heading(heading).paragraph(intro);
        List<List<String>> rows = new ArrayList<>();
        for (PublicNotice.Line line : notice.lines()) {
            if (listed.test(line) && !line.removed()) {
                rows.add(List.of(
                        String.valueOf(rows.size() + 1),
                        line.organizationName(),
                        line.title(),
                        regions.city(line.cityCode())
                                .map(c -> Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                                        ? c.nameEn()
                                        : c.name())
                                .orElse("—")));
            }
        }
        doc.table(
                List.of(
                        text(locale, "documents.column.number"),
                        text(locale, "documents.column.organization"),
                        text(locale, "documents.column.title"),
                        text(locale, "documents.column.city")),
                rows,
                1,
                5,
                6,
                2);
        return PdfDocuments.render(doc.signOff(
                        notice.issuer(locale),
                        date.format(DateTimeFormatter.ofPattern(text(locale, "documents.datePattern"), locale)))
                .seal(text(locale, "documents.seal"))
                .build());
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static void requireStaff(PortalUser viewer) {
        if (!viewer.has(Role.PROVINCE_ADMIN)) {
            throw new AccessDeniedException("document numbers are set by province staff");
        }
    }
}

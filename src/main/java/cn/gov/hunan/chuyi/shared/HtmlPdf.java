package cn.gov.hunan.chuyi.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Every official PDF of the portal: a Thymeleaf template (well-formed XHTML, under {@code templates/pdf/} or a module's
 * own folder) rendered with the portal's messages, then laid out on A4 by openhtmltopdf. The Chinese font, a
 * Simplified Chinese subset of Noto Sans SC (SIL OFL, {@code fonts/OFL.txt}) covering GB 2312 and every character of
 * the portal's own texts, ships in the jar and is embedded (subset) in each PDF: nothing is fetched at run time and
 * the document looks the same in every reader. Templates name it with {@code font-family: "Noto Sans SC"}.
 */
@Component
public class HtmlPdf {

    /** The font family the templates name. */
    public static final String FONT = "Noto Sans SC";

    private static final byte[] REGULAR = font("NotoSansSC-Regular.ttf");
    private static final byte[] BOLD = font("NotoSansSC-Bold.ttf");

    private final ITemplateEngine templates;

    HtmlPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template rendered with these variables in the reader's language, as PDF bytes. */
    public byte[] render(String template, Locale locale, Map<String, ?> variables) {
        return fromXhtml(xhtml(template, locale, variables));
    }

    /**
     * The template rendered as the self-contained XHTML {@link #fromXhtml} lays out: cheap to make, and what a module
     * keeps when a document must stay as it was at a moment (the layout can follow later).
     */
    public String xhtml(String template, Locale locale, Map<String, ?> variables) {
        Context context = new Context(locale);
        variables.forEach(context::setVariable);
        return templates.process(template, context);
    }

    /** Well-formed XHTML as PDF bytes (the title is the document's {@code <title>}). */
    public static byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PDF handed out as a download named {@code fileName} (never sniffed, never cached by a shared proxy). */
    public static ResponseEntity<byte[]> download(String fileName, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }

    private static byte[] font(String name) {
        try (InputStream in = HtmlPdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font fonts/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

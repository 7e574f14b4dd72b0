package cn.gov.hunan.chuyi.shared;

import java.util.List;

/**
 * Draws a {@link PdfDocument} on A4 through {@link HtmlPdf}: each block becomes a piece of XHTML in the
 * official-document layout (GB/T 9704: 37 mm top, 28 mm sides, 35 mm bottom; a red masthead and rule; a red ring where
 * the seal goes), set in the embedded Noto Sans SC, so the text stays extractable and looks the same in every reader.
 */
public final class PdfDocuments {

    /** The red of the masthead and the seal (红头). */
    static final String RED = "#C8102E";

    private static final String STYLE = "@page { size: A4; margin: 37mm 28mm 35mm 28mm;"
            + " @bottom-center { content: counter(page) \" / \" counter(pages); font-family: '"
            + HtmlPdf.FONT + "'; font-size: 9pt; } }"
            + " body { font-family: '" + HtmlPdf.FONT + "'; font-size: 14pt; line-height: 1.6; }"
            + " .masthead { color: " + RED + "; font-size: 24pt; font-weight: bold; text-align: center; }"
            + " .number { text-align: center; border-bottom: 1.5pt solid " + RED + "; padding-bottom: 4pt;"
            + " margin-bottom: 14pt; }"
            + " h1 { font-size: 18pt; text-align: center; margin: 12pt 0; }"
            + " p { margin: 0 0 4pt 0; } p.indent { text-indent: 2em; }"
            + " table { width: 100%; border-collapse: collapse; margin: 6pt 0; font-size: 11pt;"
            + " -fs-table-paginate: paginate; }"
            + " th, td { border: 0.5pt solid #000; padding: 3pt; } th { text-align: center; }"
            + " .signoff { text-align: right; margin-top: 20pt; }"
            + " .seal { float: right; width: 40mm; height: 40mm; border: 2pt solid " + RED + "; border-radius: 20mm;"
            + " color: " + RED + "; font-size: 10pt; text-align: center; line-height: 40mm; margin-top: -30mm; }"
            + " .pagebreak { page-break-after: always; }";

    private PdfDocuments() {}

    /** The document as PDF bytes. */
    public static byte[] render(PdfDocument document) {
        StringBuilder html = new StringBuilder(4096)
                .append("<html><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(document.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        for (PdfDocument.Block block : document.blocks()) {
            if (block instanceof PdfDocument.Masthead m) {
                element(html, "div class=\"masthead\"", m.issuer());
            } else if (block instanceof PdfDocument.Centered c) {
                element(html, "div class=\"number\"", c.text());
            } else if (block instanceof PdfDocument.Heading h) {
                element(html, "h1", h.text());
            } else if (block instanceof PdfDocument.Paragraph t) {
                element(html, t.indent() ? "p class=\"indent\"" : "p", t.text());
            } else if (block instanceof PdfDocument.Table t) {
                table(html, t);
            } else if (block instanceof PdfDocument.SignOff s) {
                html.append("<div class=\"signoff\">");
                s.lines().forEach(line -> element(html, "div", line));
                html.append("</div>");
            } else if (block instanceof PdfDocument.Seal s) {
                element(html, "div class=\"seal\"", s.caption());
            }
        }
        return HtmlPdf.fromXhtml(html.append("</body></html>").toString());
    }

    private static void table(StringBuilder html, PdfDocument.Table t) {
        float[] widths = t.widths().length == t.headers().size() ? t.widths() : null;
        float total = 0;
        if (widths != null) {
            for (float w : widths) {
                total += w;
            }
        }
        html.append("<table><thead><tr>");
        for (int i = 0; i < t.headers().size(); i++) {
            String tag = widths == null || total <= 0
                    ? "th"
                    : "th style=\"width: " + Math.round(widths[i] * 100 / total) + "%\"";
            element(html, tag, t.headers().get(i));
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            html.append("<tr>");
            row.forEach(cell -> element(html, "td", cell == null ? "" : cell));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void element(StringBuilder html, String open, String text) {
        int space = open.indexOf(' ');
        String name = space < 0 ? open : open.substring(0, space);
        html.append('<')
                .append(open)
                .append('>')
                .append(escape(text))
                .append("</")
                .append(name)
                .append('>');
    }

    /** Text made safe inside XHTML. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

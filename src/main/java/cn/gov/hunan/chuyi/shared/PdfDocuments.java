package cn.gov.hunan.chuyi.shared;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Draws a {@link PdfDocument} on A4 with OpenPDF. Chinese (and Latin) text is set in STSong-Light with the
 * UniGB-UCS2-H encoding: one of the standard CJK fonts of the PDF format, named but not embedded, which every reader
 * supplies (Adobe's readers with their Asian font pack, poppler and pdf.js from the system's CJK fonts). So the portal
 * ships no font file and needs nothing from the internet, and the text stays extractable (the encoding maps to
 * Unicode). Margins follow the official-document layout (GB/T 9704: 37 mm top, 28 mm sides, 35 mm bottom).
 */
public final class PdfDocuments {

    /** The red of the masthead and the seal (红头). */
    static final Color RED = new Color(0xC8, 0x10, 0x2E);

    private static final float MM = 72f / 25.4f;

    private PdfDocuments() {}

    /** The document as PDF bytes. */
    public static byte[] render(PdfDocument document) {
        BaseFont song = song();
        Font body = new Font(song, 14);
        Font bold = new Font(song, 18, Font.BOLD);
        Font masthead = new Font(song, 24, Font.BOLD, RED);
        Font small = new Font(song, 11);
        Font smallBold = new Font(song, 11, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 28 * MM, 28 * MM, 37 * MM, 35 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            pdf.addTitle(document.title());
            pdf.addCreator("Chuyi portal");
            pdf.open();
            for (PdfDocument.Block block : document.blocks()) {
                if (block instanceof PdfDocument.Masthead m) {
                    Paragraph p = new Paragraph(m.issuer(), masthead);
                    p.setAlignment(Element.ALIGN_CENTER);
                    p.setSpacingAfter(6);
                    pdf.add(p);
                } else if (block instanceof PdfDocument.Centered c) {
                    Paragraph p = new Paragraph(c.text(), body);
                    p.setAlignment(Element.ALIGN_CENTER);
                    pdf.add(p);
                    pdf.add(new Chunk(new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, -4)));
                    pdf.add(spacer(body));
                } else if (block instanceof PdfDocument.Heading h) {
                    Paragraph p = new Paragraph(h.text(), bold);
                    p.setAlignment(Element.ALIGN_CENTER);
                    p.setSpacingBefore(12);
                    p.setSpacingAfter(12);
                    pdf.add(p);
                } else if (block instanceof PdfDocument.Paragraph t) {
                    Paragraph p = new Paragraph(22, t.text(), body);
                    p.setFirstLineIndent(t.indent() ? 28 : 0);
                    p.setSpacingAfter(4);
                    pdf.add(p);
                } else if (block instanceof PdfDocument.Table t) {
                    pdf.add(table(t, small, smallBold));
                } else if (block instanceof PdfDocument.SignOff s) {
                    pdf.add(spacer(body));
                    for (String line : s.lines()) {
                        Paragraph p = new Paragraph(line, body);
                        p.setAlignment(Element.ALIGN_RIGHT);
                        pdf.add(p);
                    }
                } else if (block instanceof PdfDocument.Seal s) {
                    seal(writer, s.caption(), song);
                }
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not draw " + document.title(), e);
        }
        return out.toByteArray();
    }

    private static BaseFont song() {
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Paragraph spacer(Font font) {
        return new Paragraph(" ", font);
    }

    private static PdfPTable table(PdfDocument.Table t, Font font, Font header) {
        PdfPTable table = new PdfPTable(
                t.widths().length == t.headers().size()
                        ? t.widths()
                        : equal(t.headers().size()));
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String h : t.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(h, header));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (var row : t.rows()) {
            for (String text : row) {
                PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static float[] equal(int n) {
        float[] widths = new float[n];
        Arrays.fill(widths, 1f);
        return widths;
    }

    /** A red ring with the caption at its centre, at the right of the current line (over the sign-off). */
    private static void seal(PdfWriter writer, String caption, BaseFont font) {
        PdfContentByte canvas = writer.getDirectContent();
        float x = writer.getPageSize().getRight() - 28 * MM - 25 * MM;
        float y = writer.getVerticalPosition(false) + 10 * MM;
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(2);
        canvas.circle(x, y, 20 * MM);
        canvas.stroke();
        canvas.beginText();
        canvas.setColorFill(RED);
        canvas.setFontAndSize(font, 10);
        canvas.showTextAligned(Element.ALIGN_CENTER, caption, x, y - 3, 0);
        canvas.endText();
        canvas.restoreState();
    }
}

package cn.gov.hunan.chuyi.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A printable document as a list of blocks, the way an official document (公文) is laid out: a red masthead with the
 * issuer, the document number, a title, the addressee, paragraphs, tables, the issuer and date signing off, a seal.
 * {@link PdfDocuments#render} draws it on A4. A module builds it from the same page record its print template shows,
 * so the PDF and the printable page say the same thing (the 督导意见书 now; the 通报 and 申报书 next).
 */
public record PdfDocument(String title, List<Block> blocks) {

    public PdfDocument {
        blocks = List.copyOf(blocks);
    }

    /** One block of the document, drawn in order. */
    public sealed interface Block permits Masthead, Centered, Heading, Paragraph, Table, SignOff, Seal {}

    /** The red masthead (红头): the issuer in large red type over a red rule. */
    public record Masthead(String issuer) implements Block {}

    /** A centred line, e.g. the document number under the masthead. */
    public record Centered(String text) implements Block {}

    /** A bold centred title. */
    public record Heading(String text) implements Block {}

    /** A paragraph of body text; {@code indent} indents its first line by two characters, as Chinese prose is. */
    public record Paragraph(String text, boolean indent) implements Block {}

    /** A table with a header row; each row has as many cells as there are headers; {@code widths} are relative. */
    public record Table(List<String> headers, List<List<String>> rows, float[] widths) implements Block {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            widths = widths.clone();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException(
                            "a row has " + row.size() + " cells for " + headers.size() + " headers");
                }
            }
        }

        @Override
        public float[] widths() {
            return widths.clone();
        }
    }

    /** Right-aligned lines at the end: the issuer and the date. */
    public record SignOff(List<String> lines) implements Block {

        public SignOff {
            lines = List.copyOf(lines);
        }
    }

    /** Where the seal goes: a red ring with a caption (the portal never draws a real seal). */
    public record Seal(String caption) implements Block {}

    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** Builds a document block by block. */
    public static final class Builder {

        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder masthead(String issuer) {
            blocks.add(new Masthead(issuer));
            return this;
        }

        public Builder centered(String text) {
            blocks.add(new Centered(text));
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        /** A line without indent, e.g. the addressee "娄底市人民政府：". */
        public Builder line(String text) {
            blocks.add(new Paragraph(text, false));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text, true));
            return this;
        }

        public Builder table(List<String> headers, List<List<String>> rows, float... widths) {
            blocks.add(new Table(headers, rows, widths));
            return this;
        }

        public Builder signOff(String... lines) {
            blocks.add(new SignOff(List.of(lines)));
            return this;
        }

        public Builder seal(String caption) {
            blocks.add(new Seal(caption));
            return this;
        }

        public PdfDocument build() {
            return new PdfDocument(title, blocks);
        }
    }
}

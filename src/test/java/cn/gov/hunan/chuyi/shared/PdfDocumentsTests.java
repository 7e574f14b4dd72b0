package cn.gov.hunan.chuyi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** A document drawn as PDF reads back as the same Chinese text (the font maps to Unicode), on A4. */
class PdfDocumentsTests {

    static final PdfDocument SAMPLE = PdfDocument.titled("督导意见书")
            .masthead("湖南省人民政府教育督导委员会办公室")
            .centered("湘教督〔2026〕12号")
            .heading("关于娄底市2025年度“双师型”教师队伍建设督导的意见")
            .line("娄底市人民政府：")
            .paragraph("根据《教育督导条例》第二十一条，现将督导意见反馈如下。Grade: 优秀.")
            .table(List.of("序号", "问题", "整改期限"), List.of(List.of("1", "双师型认定不规范", "2026-01-30")), 1, 6, 3)
            .signOff("湖南省人民政府教育督导委员会办公室", "2025年12月31日")
            .seal("（印章）")
            .build();

    @Test
    void chineseTextIsExtractableFromTheDrawnPdf() throws Exception {
        byte[] pdf = PdfDocuments.render(SAMPLE);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, Offset.offset(1f));
            assertThat(read.getDocumentInformation().getTitle()).isEqualTo("督导意见书");
            String text = new PDFTextStripper().getText(read);
            assertThat(text)
                    .contains(
                            "湖南省人民政府教育督导委员会办公室",
                            "湘教督〔2026〕12号",
                            "娄底市人民政府：",
                            "双师型认定不规范",
                            "2026-01-30",
                            "2025年12月31日",
                            "Grade: 优秀.",
                            "（印章）");
        }
        Path out = Path.of("target", "pdf", "sample-opinion.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void theChineseFontIsEmbeddedSoNoReaderNeedsItsOwn() throws Exception {
        try (PDDocument read = Loader.loadPDF(PdfDocuments.render(SAMPLE))) {
            var fonts = new ArrayList<PDFont>();
            for (var page : read.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSansSC");
            });
        }
    }

    @Test
    void markupInTheTextIsPrintedNotInterpretedAndLongTablesRunOntoMorePages() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of(String.valueOf(i), "长沙职业技术学院 <b>&</b> 第" + i + "行"));
        }
        byte[] pdf = PdfDocuments.render(PdfDocument.titled("名单")
                .heading("名单")
                .table(List.of("序号", "名称"), rows)
                .build());
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(read)).contains("长沙职业技术学院 <b>&</b> 第80行");
        }
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> PdfDocument.titled("x").table(List.of("a", "b"), List.of(List.of("1")), 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

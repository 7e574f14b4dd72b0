package cn.gov.hunan.chuyi.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an Office file carries inside decides too: no macros, no programs, no zip bombs; an ordinary report passes. */
class OfficeInspectorTests {

    static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    private final OfficeInspector inspector = new OfficeInspector(100 * MB, 1000, 20 * MB);

    private Path write(byte[] bytes) throws Exception {
        return Files.write(Files.createTempFile(dir, "upload-", ".part"), bytes);
    }

    private static String refusal(Runnable check) {
        try {
            check.run();
        } catch (AttachmentRejected rejected) {
            return rejected.messageKey();
        }
        return null;
    }

    @Test
    void macrosAreRefusedHoweverTheyAreCarried() throws Exception {
        Path vba = write(MaliciousFiles.docxWithMacros());
        assertThat(refusal(() -> inspector.check(vba))).isEqualTo("attachment.error.macros");
        // the same VBA project under another part name, declared in the content types as Word does
        byte[] docx = MaliciousFiles.docx();
        Path renamed = write(MaliciousFiles.withParts(
                docx,
                "[Content_Types].xml",
                ("<Types><Override PartName=\"/word/x.bin\" "
                                + "ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(refusal(() -> inspector.check(renamed))).isEqualTo("attachment.error.macros");
        Path embedded = write(MaliciousFiles.docxEmbeddingAWorkbookWithMacros());
        assertThat(refusal(() -> inspector.check(embedded))).isEqualTo("attachment.error.macros");
        Path excel4 = write(
                MaliciousFiles.docx("xl/macrosheets/sheet1.xml", "<xm:macrosheet/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(refusal(() -> inspector.check(excel4))).isEqualTo("attachment.error.macros");
    }

    @Test
    void programsAreRefusedWhetherPackagedNamedOrDisguised() throws Exception {
        Path packaged = write(MaliciousFiles.docxEmbeddingAProgram());
        assertThat(refusal(() -> inspector.check(packaged))).isEqualTo("attachment.error.program");
        Path named = write(MaliciousFiles.docx("word/embeddings/setup.exe", MaliciousFiles.PROGRAM));
        assertThat(refusal(() -> inspector.check(named))).isEqualTo("attachment.error.program");
        Path disguised = write(MaliciousFiles.docx("word/media/image9.png", MaliciousFiles.PROGRAM));
        assertThat(refusal(() -> inspector.check(disguised))).isEqualTo("attachment.error.program");
        // a program inside a workbook inside the document
        byte[] inner = MaliciousFiles.withParts(MaliciousFiles.docx(), "word/media/run.png", MaliciousFiles.PROGRAM);
        Path nested = write(MaliciousFiles.docx("word/embeddings/Microsoft_Word_Document.docx", inner));
        assertThat(refusal(() -> inspector.check(nested))).isEqualTo("attachment.error.program");
    }

    @Test
    void aBombIsRefusedFastWithoutUnpackingIt() throws Exception {
        Path honest = MaliciousFiles.xlsxBomb(dir.resolve("bomb.xlsx"), 300, false);
        Path liar = MaliciousFiles.xlsxBomb(dir.resolve("liar.xlsx"), 300, true);
        assertThat(Files.size(honest)).as("compressed, the bomb is tiny").isLessThan(MB);
        for (Path bomb : new Path[] {honest, liar}) {
            long start = System.nanoTime();
            assertThat(refusal(() -> inspector.check(bomb))).isEqualTo("attachment.error.unpacked");
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "inspecting %s (%d KB, 300 MB unpacked): refused in %d ms%n",
                    bomb.getFileName(), Files.size(bomb) / 1024, millis);
            // loose bound: the machine is shared; what matters is that nothing near 300 MB is read or held
            assertThat(millis).as(bomb.getFileName().toString()).isLessThan(10_000);
        }
    }

    @Test
    void tooManyPartsOrTwoPartsOfOneNameAreRefused() throws Exception {
        var many = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(many)) {
            for (int i = 0; i <= 1000; i++) {
                zip.putNextEntry(new ZipEntry("word/p" + i + ".xml"));
            }
        }
        Path crowded = write(many.toByteArray());
        assertThat(refusal(() -> inspector.check(crowded))).isEqualTo("attachment.error.unpacked");
        var twice = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(twice)) {
            zip.putNextEntry(new ZipEntry("word/embeddings/oleObject1.bin"));
            zip.putNextEntry(new ZipEntry("word/embeddings/OLEOBJECT1.bin"));
            zip.write(MaliciousFiles.PROGRAM);
        }
        Path duplicate = write(twice.toByteArray());
        assertThat(refusal(() -> inspector.check(duplicate))).isEqualTo("attachment.error.unpacked");
    }

    @Test
    void anEmbeddedObjectThatCannotBeReadIsNotTakenOnTrust() throws Exception {
        byte[] garbage = new byte[4096];
        System.arraycopy(
                new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1},
                0,
                garbage,
                0,
                8);
        Arrays.fill(garbage, 8, garbage.length, (byte) 0x7f);
        Path damaged = write(MaliciousFiles.docx("word/embeddings/oleObject1.bin", garbage));
        assertThat(refusal(() -> inspector.check(damaged))).isEqualTo("attachment.error.unpacked");
    }

    @Test
    void anOrdinaryFiveMegabyteReportPassesQuickly() throws Exception {
        byte[] report = MaliciousFiles.ordinaryDocx(5);
        Path file = write(report);
        assertThat(new FileTypeDetector().detect(file)).contains(FileType.DOCX);
        inspector.check(file); // warm-up: class loading is not the inspection
        long start = System.nanoTime();
        assertThatCode(() -> inspector.check(file)).doesNotThrowAnyException();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("inspecting an ordinary %.1f MB docx: %d ms%n", report.length / (double) MB, millis);
        assertThat(millis).isLessThan(2000);
    }

    @Test
    void theRefusalSaysTheLimits() throws Exception {
        Path bomb = MaliciousFiles.xlsxBomb(dir.resolve("b.xlsx"), 2, false);
        assertThatThrownBy(() -> new OfficeInspector(MB, 1000, MB).check(bomb))
                .isInstanceOfSatisfying(
                        AttachmentRejected.class,
                        rejected -> assertThat(rejected.arguments()).containsExactly(1L, 1000));
    }
}

package cn.gov.hunan.chuyi.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type of a file comes from its bytes: a renamed executable is no PDF. */
class FileTypeDetectorTests {

    @TempDir
    Path dir;

    private final FileTypeDetector detector = new FileTypeDetector();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] ooxml(String part) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesTheAcceptedTypesByContent() throws IOException {
        assertThat(detector.detect(write("a.bin", "%PDF-1.4\n%%EOF".getBytes())))
                .contains(FileType.PDF);
        assertThat(detector.detect(
                        write("b.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0})))
                .contains(FileType.PNG);
        assertThat(detector.detect(write("c.bin", new byte[] {
                    (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0
                })))
                .contains(FileType.JPEG);
        assertThat(detector.detect(write("d.bin", ooxml("word/document.xml")))).contains(FileType.DOCX);
        assertThat(detector.detect(write("e.bin", ooxml("xl/workbook.xml")))).contains(FileType.XLSX);
    }

    @Test
    void refusesARenamedExecutableAPlainZipAndText() throws IOException {
        assertThat(detector.detect(write("evil.pdf", Files.readAllBytes(Path.of("/bin/ls")))))
                .isEmpty();
        assertThat(detector.detect(write("script.docx", "#!/bin/sh\nrm -rf /\n".getBytes())))
                .isEmpty();
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("payload.exe"));
            out.write(new byte[] {'M', 'Z'});
        }
        assertThat(detector.detect(write("archive.xlsx", zip.toByteArray()))).isEmpty();
        assertThat(detector.detect(write("page.pdf", "<html><script>alert(1)</script></html>".getBytes())))
                .isEmpty();
    }
}

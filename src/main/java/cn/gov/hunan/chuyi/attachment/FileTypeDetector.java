package cn.gov.hunan.chuyi.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;

/**
 * Tells what a file is from its bytes, never from its name or the browser's word. Tika's magic detection
 * recognises PDF, JPEG, PNG and an Office Open XML container; the container's parts then tell a Word
 * document from a workbook.
 */
class FileTypeDetector {

    private final Tika tika = new Tika();

    Optional<FileType> detect(Path file) throws IOException {
        String detected;
        try (InputStream in = Files.newInputStream(file)) {
            // no file name in the metadata: the decision rests on content alone
            detected = tika.getDetector()
                    .detect(new BufferedInputStream(in), new Metadata())
                    .toString();
        }
        return switch (detected) {
            case "application/pdf" -> Optional.of(FileType.PDF);
            case "image/jpeg" -> Optional.of(FileType.JPEG);
            case "image/png" -> Optional.of(FileType.PNG);
            case "application/x-tika-ooxml", "application/zip" -> officeDocument(file);
            default -> Optional.empty();
        };
    }

    private Optional<FileType> officeDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(FileType.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(FileType.XLSX);
            }
            return Optional.empty();
        } catch (IOException notAZip) {
            return Optional.empty();
        }
    }
}

package cn.gov.hunan.chuyi.attachment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The files an attacker would upload, built in the test so that nothing harmful is kept in the repository. */
public final class MaliciousFiles {

    /** The first bytes of a Windows program; enough for every check that looks at content. */
    public static final byte[] PROGRAM =
            "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1);

    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private MaliciousFiles() {}

    /** A real Word document (written by POI), plus any extra parts given as name, bytes, name, bytes... */
    public static byte[] docx(Object... extraParts) throws IOException {
        var plain = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("楚怡项目申报书");
            document.write(plain);
        }
        return withParts(plain.toByteArray(), extraParts);
    }

    /** A copy of a zip with parts added (or, for a name it already has, replaced). */
    public static byte[] withParts(byte[] zip, Object... parts) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip));
                var copy = new ZipOutputStream(out)) {
            Set<String> replaced = new HashSet<>();
            for (int i = 0; i < parts.length; i += 2) {
                replaced.add((String) parts[i]);
            }
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!replaced.contains(entry.getName())) {
                    copy.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(copy);
                }
            }
            for (int i = 0; i < parts.length; i += 2) {
                copy.putNextEntry(new ZipEntry((String) parts[i]));
                copy.write((byte[]) parts[i + 1]);
            }
        }
        return out.toByteArray();
    }

    /** A Word document with a VBA project, as Word writes a .docm (renamed .docx by the uploader). */
    public static byte[] docxWithMacros() throws IOException {
        return docx("word/vbaProject.bin", oleWith("VBA", "dir"));
    }

    /** A Word document with an embedded OLE package (what "Insert > Object > from file" makes of setup.exe). */
    public static byte[] docxEmbeddingAProgram() throws IOException {
        var ole = new Ole10Native("setup.exe", "setup.exe", "C:\\Users\\a\\AppData\\Local\\Temp\\setup.exe", PROGRAM);
        var nativeStream = new ByteArrayOutputStream();
        ole.writeOut(nativeStream);
        var fs = new ByteArrayOutputStream();
        try (var poifs = new POIFSFileSystem()) {
            poifs.createDocument(new ByteArrayInputStream(nativeStream.toByteArray()), Ole10Native.OLE10_NATIVE);
            poifs.writeFilesystem(fs);
        }
        return docx("word/embeddings/oleObject1.bin", fs.toByteArray());
    }

    /** A Word document with an old Excel workbook embedded, and that workbook has macros. */
    public static byte[] docxEmbeddingAWorkbookWithMacros() throws IOException {
        return docx("word/embeddings/Microsoft_Excel_97-2003_Worksheet.xls", oleWith("_VBA_PROJECT_CUR", "PROJECT"));
    }

    private static byte[] oleWith(String storage, String stream) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var poifs = new POIFSFileSystem()) {
            poifs.getRoot().createDirectory(storage).createDocument(stream, new ByteArrayInputStream(new byte[] {1, 2, 3
            }));
            poifs.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    /**
     * A workbook with one part of {@code megabytes} of zeros, written as it streams: compressed it is a few hundred
     * kilobytes. With {@code lie}, the sizes in the zip's directory say 1 000 bytes, so only counting what is
     * actually unpacked can catch it.
     */
    public static Path xlsxBomb(Path file, int megabytes, boolean lie) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
        }
        if (lie) {
            byte[] bytes = Files.readAllBytes(file);
            byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.UTF_8);
            for (int i = bytes.length - 46 - name.length; i >= 0; i--) {
                // the central directory header of the big part: signature PK 1 2, its name at offset 46
                if (bytes[i] == 'P'
                        && bytes[i + 1] == 'K'
                        && bytes[i + 2] == 1
                        && bytes[i + 3] == 2
                        && Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                    ByteBuffer.wrap(bytes, i + 24, 4)
                            .order(ByteOrder.LITTLE_ENDIAN)
                            .putInt(1000);
                }
            }
            Files.write(file, bytes);
        }
        return file;
    }

    /** An ordinary report of about {@code megabytes}: text, and photographs (which do not compress). */
    public static byte[] ordinaryDocx(int megabytes) throws Exception {
        var random = new Random(42);
        var out = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            for (int i = 0; i < 2000; i++) {
                document.createParagraph()
                        .createRun()
                        .setText("第" + i + "段：楚怡工匠学院建设进展，校企合作企业" + random.nextInt(500) + "家。");
            }
            for (int i = 0; i < megabytes; i++) {
                byte[] photo = new byte[1024 * 1024];
                random.nextBytes(photo);
                photo[0] = (byte) 0xff;
                photo[1] = (byte) 0xd8;
                photo[2] = (byte) 0xff;
                document.createParagraph()
                        .createRun()
                        .addPicture(
                                new ByteArrayInputStream(photo),
                                Document.PICTURE_TYPE_JPEG,
                                "photo" + i + ".jpg",
                                Units.toEMU(400),
                                Units.toEMU(300));
            }
            document.write(out);
        }
        return out.toByteArray();
    }
}

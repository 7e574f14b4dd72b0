package cn.gov.hunan.chuyi.attachment;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.Ole10NativeException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks inside a Word document or workbook (a zip of parts) before the portal keeps it, and refuses
 * <ul>
 *   <li>macros: a VBA project ({@code vbaProject.bin}, or any part whose declared type is a VBA project or
 *       macro-enabled), Excel 4 macro sheets, and VBA storages ({@code _VBA_PROJECT_CUR}, {@code Macros}, {@code VBA})
 *       in embedded OLE2 objects such as an old .xls or .doc;</li>
 *   <li>executables: a part or an OLE package (Packager's {@code \1Ole10Native}) that is a program or script, by its
 *       bytes (PE, ELF, Mach-O, Java class, shortcut, {@code #!}) or its name;</li>
 *   <li>zip bombs: more than {@code maxParts} parts, or more than {@code maxUnpackedSize} once unpacked.</li>
 * </ul>
 * Sizes are never trusted: the declared sizes are checked first (a bomb that tells the truth is refused before
 * anything is inflated), then every byte actually inflated is counted, and reading stops at the limit, so a bomb
 * that lies costs at most {@code maxUnpackedSize} of inflating, never that much memory. Embedded zips (an embedded
 * workbook) are inspected the same way, to a small depth.
 *
 * <p>Longer than 250 lines because the three refusals are made in one pass over the zip's entries (each entry is read
 * once, its bytes counted against the bomb limits while they are checked for macros and programs); split by refusal,
 * every file would be unpacked three times.
 */
class OfficeInspector {

    private static final int MAX_DEPTH = 3;
    private static final int MAX_CONTENT_TYPES = 4 * 1024 * 1024;
    private static final byte[] OLE2 = {
        (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
    };
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[][] PROGRAMS = {
        {'M', 'Z'}, // Windows PE and DOS
        {0x7f, 'E', 'L', 'F'},
        {(byte) 0xfe, (byte) 0xed, (byte) 0xfa, (byte) 0xce},
        {(byte) 0xfe, (byte) 0xed, (byte) 0xfa, (byte) 0xcf},
        {(byte) 0xce, (byte) 0xfa, (byte) 0xed, (byte) 0xfe},
        {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe},
        {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe}, // Mach-O universal, Java class
        {0x4c, 0, 0, 0, 1, 0x14, 2, 0}, // Windows shortcut (.lnk)
        {'#', '!'}
    };
    /** Names Windows runs, or hands to a script host, when opened. */
    static final Set<String> PROGRAM_EXTENSIONS = Set.of(
            "exe",
            "dll",
            "com",
            "scr",
            "pif",
            "cpl",
            "msi",
            "msp",
            "msc",
            "bat",
            "cmd",
            "ps1",
            "psm1",
            "vbs",
            "vbe",
            "js",
            "jse",
            "wsf",
            "wsh",
            "hta",
            "lnk",
            "jar",
            "reg",
            "inf",
            "scf",
            "sh",
            "application",
            "gadget",
            "appx",
            "msix",
            "chm",
            "url",
            "iqy",
            "slk",
            "sys",
            "drv",
            "ocx");

    private static final Set<String> VBA_STORAGES = Set.of("_vba_project_cur", "_vba_project", "vba", "macros");

    private final long maxUnpackedSize;
    private final int maxParts;
    private final long maxEmbeddedObject;

    OfficeInspector(long maxUnpackedSize, int maxParts, long maxEmbeddedObject) {
        this.maxUnpackedSize = maxUnpackedSize;
        this.maxParts = maxParts;
        this.maxEmbeddedObject = maxEmbeddedObject;
    }

    /** @throws AttachmentRejected when the document carries macros or programs, or unpacks beyond the limits */
    void check(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > maxParts) {
                throw tooLarge();
            }
            long declared = 0;
            Set<String> names = new HashSet<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                declared += Math.max(entry.getSize(), 0);
                if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                    // part names are unique in OOXML; a second part of the same name would be inspected as the first
                    throw tooLarge();
                }
            }
            if (declared > maxUnpackedSize) {
                throw tooLarge();
            }
            var budget = new Budget();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.isDirectory()) {
                    try (InputStream in = budget.counting(zip.getInputStream(entry))) {
                        part(entry.getName(), in, budget, 0);
                    }
                }
            }
        } catch (AttachmentRejected refused) {
            throw refused;
        } catch (IOException | RuntimeException damaged) {
            // a zip or an embedded object that cannot be read cleanly (bad headers or names, a truncated stream, a
            // malformed OLE2 file) cannot be inspected, so it is not taken on trust
            throw tooLarge();
        }
    }

    private void part(String name, InputStream raw, Budget budget, int depth) throws IOException {
        checkName(name);
        var in = new BufferedInputStream(raw);
        byte[] head = peek(in, 8);
        if (name.equalsIgnoreCase("[Content_Types].xml")) {
            byte[] bytes = in.readNBytes(MAX_CONTENT_TYPES + 1);
            if (bytes.length > MAX_CONTENT_TYPES) {
                throw tooLarge();
            }
            String types = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (types.contains("vbaproject") || types.contains("macroenabled") || types.contains("macrosheet")) {
                throw new AttachmentRejected("attachment.error.macros");
            }
        } else if (startsWith(head, OLE2)) {
            byte[] object = in.readNBytes((int) Math.min(maxEmbeddedObject + 1, Integer.MAX_VALUE - 8));
            if (object.length > maxEmbeddedObject) {
                throw tooLarge();
            }
            try (var ole = new POIFSFileSystem(new ByteArrayInputStream(object))) {
                oleStorage(ole.getRoot(), budget, depth);
            }
        } else if (startsWith(head, ZIP)) {
            nestedZip(in, budget, depth + 1);
        } else if (isProgram(head)) {
            throw new AttachmentRejected("attachment.error.program");
        }
        in.transferTo(OutputStream.nullOutputStream());
    }

    private void nestedZip(InputStream in, Budget budget, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw tooLarge();
        }
        var zip = new ZipInputStream(in);
        int parts = 0;
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (++parts > maxParts) {
                throw tooLarge();
            }
            if (!entry.isDirectory()) {
                part(entry.getName(), budget.counting(new NotClosing(zip)), budget, depth);
            }
        }
    }

    private void oleStorage(DirectoryEntry directory, Budget budget, int depth) throws IOException {
        for (Entry entry : directory) {
            String name = entry.getName();
            if (VBA_STORAGES.contains(name.toLowerCase(Locale.ROOT))) {
                throw new AttachmentRejected("attachment.error.macros");
            }
            if (entry instanceof DirectoryEntry child) {
                if (depth >= MAX_DEPTH * 4) {
                    throw tooLarge();
                }
                oleStorage(child, budget, depth + 1);
            } else if (name.equals(Ole10Native.OLE10_NATIVE)) {
                packaged(directory, budget, depth);
            } else if (entry instanceof DocumentEntry document) {
                try (var in = new DocumentInputStream(document)) {
                    // e.g. the "Package" stream of an embedded .xlsx, or a program stored as an object's contents
                    part(name, budget.counting(in), budget, depth + 1);
                }
            }
        }
    }

    /** An OLE package: a file wrapped by Windows' Packager, run by a double click in the document. */
    private void packaged(DirectoryEntry directory, Budget budget, int depth) throws IOException {
        Ole10Native object;
        try {
            object = Ole10Native.createFromEmbeddedOleObject((DirectoryNode) directory);
        } catch (Ole10NativeException | RuntimeException unreadable) {
            throw new AttachmentRejected("attachment.error.program");
        }
        for (String name : new String[] {object.getFileName(), object.getLabel(), object.getCommand()}) {
            if (name != null) {
                checkName(name.replace('\\', '/').strip());
            }
        }
        part("package", budget.counting(new ByteArrayInputStream(object.getDataBuffer())), budget, depth + 1);
    }

    private static void checkName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1)
                .toLowerCase(Locale.ROOT)
                .strip();
        if (name.equals("vbaproject.bin")
                || name.equals("vbadata.xml")
                || path.toLowerCase(Locale.ROOT).contains("macrosheets/")) {
            throw new AttachmentRejected("attachment.error.macros");
        }
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && PROGRAM_EXTENSIONS.contains(name.substring(dot + 1).replaceAll("[\\s.]+$", ""))) {
            throw new AttachmentRejected("attachment.error.program");
        }
    }

    static boolean isProgram(byte[] head) {
        for (byte[] magic : PROGRAMS) {
            if (startsWith(head, magic)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] peek(BufferedInputStream in, int length) throws IOException {
        in.mark(length);
        byte[] head = in.readNBytes(length);
        in.reset();
        return head;
    }

    private AttachmentRejected tooLarge() {
        return new AttachmentRejected("attachment.error.unpacked", maxUnpackedSize / (1024 * 1024), maxParts);
    }

    /** Counts every byte unpacked from the document, its embedded parts included, and stops at the limit. */
    private final class Budget {

        private long left = maxUnpackedSize;

        InputStream counting(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        spend(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = super.read(buffer, offset, length);
                    if (read > 0) {
                        spend(read);
                    }
                    return read;
                }

                @Override
                public long skip(long n) throws IOException {
                    // skipping inflates too: read instead, so that it is counted
                    return Math.max(
                            read(new byte[(int) Math.max(Math.min(n, 8192), 0)], 0, (int)
                                    Math.max(Math.min(n, 8192), 0)),
                            0);
                }
            };
        }

        private void spend(long bytes) {
            left -= bytes;
            if (left < 0) {
                throw tooLarge();
            }
        }
    }

    /** The current entry of a nested zip, which its reader must not close. */
    private static final class NotClosing extends FilterInputStream {

        NotClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}

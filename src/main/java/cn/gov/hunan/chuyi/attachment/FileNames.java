package cn.gov.hunan.chuyi.attachment;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a file is kept and handed out under. The type was decided by the content; the name must say the same
 * thing, because the desktop that receives the file picks the program by the last extension: {@code invoice.pdf.exe}
 * that is a PDF becomes {@code invoice.pdf}, {@code scan.jpg} that is a PNG becomes {@code scan.png}, and a name
 * without one gets the type's. Rule: drop every trailing extension that is not the detected type's, then keep the
 * type's extension if the name ends with one, else append it. Anything else of the name — Chinese included — is kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;

    /** An extension is a short word after the last dot; "v1.2" or "2024.03" end in a number, not an extension. */
    private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z][A-Za-z0-9]{0,9})$");
    /** Characters a file name may not carry: controls, quotes, Windows' reserved ones, and invisible format
     *  characters such as the right-to-left override (U+202E) that shows {@code "gpj.exe"} as {@code "exe.jpg"}. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\"<>:|?*]");
    /** Windows ignores trailing dots and spaces: {@code "a.exe. "} is {@code "a.exe"}. */
    private static final Pattern TRAILING = Pattern.compile("[.\\s]+$");

    private FileNames() {}

    /** The name the user chose, as a message may quote it back: the last segment, no unsafe characters, short. */
    static String shown(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = UNSAFE.matcher(name.substring(name.lastIndexOf('/') + 1))
                .replaceAll("")
                .strip();
        return name.length() > 100 ? name.substring(0, 100) + "…" : name;
    }

    static String forType(String original, FileType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = TRAILING.matcher(UNSAFE.matcher(name).replaceAll("").strip()).replaceAll("");
        Matcher extension = EXTENSION.matcher(name);
        while (extension.find() && !type.isExtension(extension.group(1))) {
            name = TRAILING.matcher(name.substring(0, extension.start())).replaceAll("");
            extension = EXTENSION.matcher(name);
        }
        extension = EXTENSION.matcher(name);
        boolean kept = extension.find();
        String base = kept ? name.substring(0, extension.start()) : name;
        String suffix = "." + (kept ? extension.group(1) : type.extension());
        if (base.isBlank()) {
            base = "attachment";
        }
        int room = MAX_LENGTH - suffix.length();
        if (base.length() > room) {
            // keep the start, where people put what the file is, without cutting a character in two
            base = base.substring(0, Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room);
        }
        return base + suffix;
    }

    /**
     * A {@code Content-Disposition: attachment} value safe under RFC 6266: {@code filename*} carries the exact name,
     * percent-encoded UTF-8 (RFC 5987/8187), and {@code filename} a plain-ASCII stand-in for the rare client that
     * reads only that.
     */
    static String attachmentHeader(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        Matcher extension = EXTENSION.matcher(name);
        String fallback = name.matches("[A-Za-z0-9._\\- ()]{1,200}")
                ? name
                : "attachment" + (extension.find() ? extension.group() : "");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}

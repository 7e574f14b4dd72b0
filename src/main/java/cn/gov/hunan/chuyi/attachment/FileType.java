package cn.gov.hunan.chuyi.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file types the portal accepts, with the content type it serves them under and the extensions they go by. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The extension the portal gives a file of this type. */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether a name ending in {@code .extension} is this type's name (case does not matter). */
    public boolean isExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The type stored with a file ({@link FileColumns#contentType()}). */
    public static Optional<FileType> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(t -> t.contentType.equalsIgnoreCase(contentType))
                .findFirst();
    }
}

package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An uploaded workbook: the file kept, what its check found, and whether and by whom it was applied. */
@Entity
@Table(name = "data_import")
class DataImport {

    /** What became of the file. */
    enum Status {
        /** Checked without a problem: may be applied. */
        CHECKED,
        /** Checked, with problems in rows: nothing may be written. */
        INVALID,
        /** Refused as a whole (not the template, a formula, too many rows …). */
        REFUSED,
        /** Applied. */
        APPLIED
    }

    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    private String scope;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "row_count")
    private int rowCount;

    @Column(name = "problem_count")
    private int problemCount;

    @Column(name = "refusal_key")
    private String refusalKey;

    @Column(name = "refusal_arguments")
    private String refusalArguments;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "applied_by")
    private String appliedBy;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Version
    private long version;

    protected DataImport() {}

    DataImport(ImportKind kind, String scope, StoredFile file, String uploadedBy, Instant at) {
        this.kind = kind;
        this.scope = scope;
        this.status = Status.REFUSED;
        this.fileName =
                file.originalName().length() > 255 ? file.originalName().substring(0, 255) : file.originalName();
        this.storageKey = file.storageKey();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    void checked(int rows, int problems) {
        this.rowCount = rows;
        this.problemCount = problems;
        this.status = problems == 0 ? Status.CHECKED : Status.INVALID;
    }

    void refused(ImportRefused refusal) {
        this.status = Status.REFUSED;
        this.refusalKey = refusal.messageKey();
        this.refusalArguments = String.join(
                SEPARATOR,
                Arrays.stream(refusal.arguments()).map(String::valueOf).toList());
    }

    void applied(String actor, Instant at) {
        this.status = Status.APPLIED;
        this.appliedBy = actor;
        this.appliedAt = at;
    }

    Long id() {
        return id;
    }

    ImportKind kind() {
        return kind;
    }

    String scope() {
        return scope;
    }

    Status status() {
        return status;
    }

    String fileName() {
        return fileName;
    }

    String storageKey() {
        return storageKey;
    }

    int rowCount() {
        return rowCount;
    }

    int problemCount() {
        return problemCount;
    }

    String refusalKey() {
        return refusalKey;
    }

    List<String> refusalArguments() {
        return refusalArguments == null || refusalArguments.isEmpty()
                ? List.of()
                : List.of(refusalArguments.split(SEPARATOR, -1));
    }

    String uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    String appliedBy() {
        return appliedBy;
    }

    Instant appliedAt() {
        return appliedAt;
    }

    long version() {
        return version;
    }
}

package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.attachment.FileColumns;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One item of a city's "three unified" checklist (三统一) for its flagship secondary school: whether it is in
 * place, and the evidence.
 */
@Entity
@Table(name = "flagship_check")
class FlagshipCheck {

    /** The plan's three unified items. */
    enum Item {
        /** 统一命名 */
        NAME,
        /** 统一标识 */
        LOGO,
        /** 统一风格 */
        STYLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "city_code")
    private String cityCode;

    @Enumerated(EnumType.STRING)
    private Item item;

    private boolean done;

    private String evidence;

    @Embedded
    private FileColumns file;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected FlagshipCheck() {}

    FlagshipCheck(String cityCode, Item item) {
        this.cityCode = cityCode;
        this.item = item;
    }

    /** Records the item's state; the evidence (or, when not done, the reason) is always written. */
    String record(boolean done, String evidence, StoredFile file, String actor, Instant at) {
        if (evidence == null || evidence.isBlank() || evidence.length() > 1000) {
            throw new ProjectRejected("project.flagship.error.evidence");
        }
        String from = id == null ? null : status();
        this.done = done;
        this.evidence = evidence.strip();
        if (file != null) {
            this.file = FileColumns.of(file);
        }
        this.updatedBy = actor;
        this.updatedAt = at;
        return from;
    }

    String status() {
        return done ? "DONE" : "NOT_DONE";
    }

    Long id() {
        return id;
    }

    String cityCode() {
        return cityCode;
    }

    Item item() {
        return item;
    }

    boolean done() {
        return done;
    }

    String evidence() {
        return evidence;
    }

    FileColumns file() {
        return file;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}

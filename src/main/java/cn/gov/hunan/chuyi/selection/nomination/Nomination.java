package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.selection.NominationStatus;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** A nomination (申报) of one organisation in one round. */
@Entity
@Table(name = "nomination")
public class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "city_code")
    private String cityCode;

    @Column(name = "province_run")
    private boolean provinceRun;

    /** The organisation's place in the round (1, 2 …): one nomination per place, held by a unique constraint. */
    private int slot = 1;

    @Enumerated(EnumType.STRING)
    private NominationStatus status = NominationStatus.DRAFT;

    private String title;

    @Embedded
    private NominationContent content = new NominationContent();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Set by the database when the row is inserted. */
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "final_score")
    private BigDecimal finalScore;

    @Column(name = "decision_rank")
    private Integer decisionRank;

    private String tier;

    @Column(name = "departure_reason")
    private String departureReason;

    @Version
    private long version;

    protected Nomination() {}

    static final Duration REPEAT_WINDOW = Duration.ofMinutes(2);

    Nomination(long roundId, long organizationId, int slot, String cityCode, boolean provinceRun, String title) {
        this.roundId = roundId;
        this.slot = slot;
        this.organizationId = organizationId;
        this.cityCode = cityCode;
        this.provinceRun = provinceRun;
        this.title = title;
    }

    void edit(String title, NominationContent content) {
        if (!status.editableBySchool()) {
            throw new NominationRejected("selection.nomination.error.readOnly");
        }
        this.title = title;
        this.content = content;
    }

    /** Moves the nomination through its table ({@link NominationMove}); returns the state it left. */
    public NominationStatus move(NominationMove move, Role actingRole) {
        NominationStatus from = status;
        status = move.checkedFrom(status, actingRole, "selection.nomination.error.transition");
        return from;
    }

    /**
     * The same form sent again — a double click, or the browser retrying a post whose answer was lost: a draft started
     * moments ago under the same title. The school lands on it instead of meeting an error.
     */
    boolean isRepeatOf(String title, Instant now) {
        return status == NominationStatus.DRAFT
                && this.title.equals(title)
                && createdAt != null
                && createdAt.isAfter(now.minus(REPEAT_WINDOW));
    }

    /** Already submitted: a second submit of the same nomination has nothing left to do. */
    boolean wasSubmitted() {
        return submittedAt != null && (status == NominationStatus.SUBMITTED || status == NominationStatus.RECOMMENDED);
    }

    void markSubmitted(Instant at) {
        this.submittedAt = at;
    }

    public void recordDecision(BigDecimal finalScore, Integer rank, String tier, String departureReason) {
        this.finalScore = finalScore;
        this.decisionRank = rank;
        this.tier = tier;
        this.departureReason = departureReason;
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public long organizationId() {
        return organizationId;
    }

    public String cityCode() {
        return cityCode;
    }

    int slot() {
        return slot;
    }

    boolean provinceRun() {
        return provinceRun;
    }

    public NominationStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public NominationContent content() {
        return content;
    }

    public String tier() {
        return tier;
    }

    long version() {
        return version;
    }

    public NominationView toView(String organizationName) {
        return new NominationView(
                id,
                roundId,
                organizationId,
                organizationName,
                cityCode,
                provinceRun,
                status,
                title,
                content,
                submittedAt,
                finalScore,
                decisionRank,
                tier,
                departureReason,
                version);
    }
}

package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationKind;
import cn.gov.hunan.chuyi.selection.publicity.PublicNotice;
import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A selection round (遴选批次) of one programme and year. Longer than 250 lines because, on purpose, a
 * hundred of them map its twenty-odd columns, and the rest are the rules that read those same fields together (set-up
 * while a draft, the moves of {@link RoundMove}, the windows, the publicity period); split apart, one aggregate's
 * invariants would live in several classes that each see half the state.
 */
@Entity
@Table(name = "selection_round")
public class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_code")
    private String programCode;

    @Column(name = "round_year")
    private int year;

    private String title;

    @Enumerated(EnumType.STRING)
    private RoundStatus status = RoundStatus.DRAFT;

    private int quota;

    @Column(name = "quota_override_reason")
    private String quotaOverrideReason;

    /** Written only by the quota's own statements (see RoundRepository), never by saving the entity. */
    @Column(name = "selected_count", insertable = false, updatable = false)
    private int selectedCount;

    @Column(name = "city_limit")
    private Integer cityLimit;

    @Column(name = "nomination_opens_at")
    private Instant nominationOpensAt;

    @Column(name = "nomination_closes_at")
    private Instant nominationClosesAt;

    @Column(name = "city_deadline")
    private Instant cityDeadline;

    @Column(name = "review_ends_at")
    private Instant reviewEndsAt;

    @Column(name = "publicity_days")
    private int publicityDays = 7;

    @Column(name = "publicity_starts_at")
    private Instant publicityStartsAt;

    @Column(name = "publicity_ends_at")
    private Instant publicityEndsAt;

    @Column(name = "experts_per_nomination")
    private int expertsPerNomination = 3;

    @Column(name = "exclude_same_city")
    private boolean excludeSameCity;

    /** Whether the experts' names stay out of what leaves the department (the review workbook numbers them). */
    @Column(name = "blind_review")
    private boolean blindReview = true;

    /** Nominations one organisation may file in this round (default 1). */
    @Column(name = "nominations_per_organization")
    private int nominationsPerOrganization = 1;

    @Column(name = "decision_meeting")
    private String decisionMeeting;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "decision_minutes_ref")
    private String decisionMinutesRef;

    @ElementCollection
    @CollectionTable(name = "selection_round_kind", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    private Set<OrganizationKind> eligibleKinds = EnumSet.noneOf(OrganizationKind.class);

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false)
    @OrderBy("sortOrder")
    private List<Criterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected Round() {}

    Round(String programCode) {
        this.programCode = programCode;
    }

    /** Applies the set-up of the form; only while the round is a draft (the call for it is not out yet). */
    void setUp(RoundSetup setup) {
        if (!status.editable()) {
            throw new RoundRejected("selection.round.error.notEditable");
        }
        this.year = setup.year();
        this.title = setup.title();
        this.quota = setup.quota();
        this.quotaOverrideReason = setup.quotaOverrideReason();
        this.cityLimit = setup.cityLimit();
        this.nominationOpensAt = setup.nominationOpensAt();
        this.nominationClosesAt = setup.nominationClosesAt();
        this.cityDeadline = setup.cityDeadline();
        this.reviewEndsAt = setup.reviewEndsAt();
        this.publicityDays = setup.publicityDays();
        this.expertsPerNomination = setup.expertsPerNomination();
        this.excludeSameCity = setup.excludeSameCity();
        this.nominationsPerOrganization = setup.nominationsPerOrganization();
        this.blindReview = setup.blindReview();
        this.eligibleKinds.clear();
        this.eligibleKinds.addAll(setup.eligibleKinds());
        if (status == RoundStatus.DRAFT) {
            replaceCriteria(setup.criteria());
        }
    }

    private void replaceCriteria(List<RoundSetup.CriterionLine> lines) {
        // keep existing rows where the position matches, so scores never point at a deleted criterion
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (i < criteria.size()) {
                criteria.get(i).change(line.name(), line.maxScore(), line.weight(), i + 1);
            } else {
                criteria.add(new Criterion(line.name(), line.maxScore(), line.weight(), i + 1));
            }
        }
        while (criteria.size() > lines.size()) {
            criteria.remove(criteria.size() - 1);
        }
    }

    /**
     * Moves the round through its table ({@link RoundMove}; {@code actingRole} null for the portal's scheduler) and the
     * rules that hold beside it: a round opens with criteria and kinds of applicant, and closes only after the
     * publicity period. Returns the state it left.
     */
    public RoundStatus move(RoundMove move, Role actingRole, Instant now) {
        RoundStatus to = move.checkedFrom(status, actingRole, "selection.round.error.transition");
        if (move == RoundMove.OPEN_NOMINATIONS && criteria.isEmpty()) {
            throw new RoundRejected("selection.round.error.noCriteria");
        }
        if (move == RoundMove.OPEN_NOMINATIONS && eligibleKinds.isEmpty()) {
            throw new RoundRejected("selection.round.error.noKinds");
        }
        // the public has the whole period to object: designating before it ends would make the notice a formality
        if (move == RoundMove.CLOSE_ROUND && publicityEndsAt != null && now.isBefore(publicityEndsAt)) {
            throw new RoundRejected("selection.round.error.publicityRunning", PublicNotice.format(publicityEndsAt));
        }
        if (move == RoundMove.START_PUBLICITY) {
            publicityStartsAt = now;
            publicityEndsAt = now.plus(Duration.ofDays(publicityDays));
        }
        RoundStatus from = status;
        status = to;
        return from;
    }

    /** Whether the nomination window has passed its end while still open: the scheduler's move is due. */
    public boolean nominationWindowDue(Instant now) {
        return RoundMove.CLOSE_NOMINATIONS.allowedFrom(status) && !now.isBefore(nominationClosesAt);
    }

    public void recordDecision(String meeting, LocalDate date, String minutesRef) {
        this.decisionMeeting = meeting;
        this.decisionDate = date;
        this.decisionMinutesRef = minutesRef;
    }

    public boolean acceptsNominations(Instant now) {
        return status == RoundStatus.OPEN && !now.isBefore(nominationOpensAt) && now.isBefore(nominationClosesAt);
    }

    public boolean acceptsCityActions(Instant now) {
        return (status == RoundStatus.OPEN || status == RoundStatus.CITY_REVIEW) && now.isBefore(cityDeadline);
    }

    /** A returned nomination may be fixed and resubmitted until the city deadline. */
    public boolean acceptsResubmission(Instant now) {
        return acceptsNominations(now) || (status == RoundStatus.CITY_REVIEW && now.isBefore(cityDeadline));
    }

    /** Whether the publicity period has run its full length (never true before it started). */
    public boolean isPublicityOver(Instant now) {
        return publicityEndsAt != null && !now.isBefore(publicityEndsAt);
    }

    /** Objections are accepted from the start of the publicity period until its end. */
    public boolean acceptsObjections(Instant now) {
        return status == RoundStatus.PUBLICITY && publicityEndsAt != null && now.isBefore(publicityEndsAt);
    }

    /** A 公示 once posted stays public: during the period, after the round closed, and if it was cancelled after. */
    public boolean hasPublicNotice() {
        return publicityStartsAt != null
                && (status == RoundStatus.PUBLICITY || status == RoundStatus.CLOSED || status == RoundStatus.CANCELLED);
    }

    /** The round as the public list of notices shows it; reads no collection, so a page of them is one query. */
    public PublicNotice.Entry toNoticeEntry() {
        return new PublicNotice.Entry(
                id,
                title,
                PortalTime.local(publicityStartsAt),
                PortalTime.local(publicityEndsAt),
                status == RoundStatus.PUBLICITY);
    }

    public boolean isEligible(OrganizationKind kind) {
        return eligibleKinds.contains(kind);
    }

    public RoundSummary toSummary() {
        return new RoundSummary(
                id,
                programCode,
                year,
                title,
                status,
                quota,
                quotaOverrideReason,
                selectedCount,
                cityLimit,
                nominationOpensAt,
                nominationClosesAt,
                cityDeadline,
                reviewEndsAt,
                publicityDays,
                publicityStartsAt,
                publicityEndsAt,
                expertsPerNomination,
                excludeSameCity,
                decisionMeeting,
                decisionDate,
                decisionMinutesRef,
                Set.copyOf(eligibleKinds),
                criteria.stream().map(Criterion::toLine).toList(),
                version,
                nominationsPerOrganization,
                blindReview);
    }

    public Long id() {
        return id;
    }

    public String programCode() {
        return programCode;
    }

    public RoundStatus status() {
        return status;
    }

    public int quota() {
        return quota;
    }

    public Integer cityLimit() {
        return cityLimit;
    }

    public int expertsPerNomination() {
        return expertsPerNomination;
    }

    public boolean excludeSameCity() {
        return excludeSameCity;
    }

    public boolean blindReview() {
        return blindReview;
    }

    /**
     * Changes whether the review is blind, in any state until the round is closed or cancelled; the service refuses
     * it once an expert has scored ({@link RoundService#changeBlindReview}). Returns whether it changed.
     */
    boolean changeBlindReview(boolean blind) {
        if (status == RoundStatus.CLOSED || status == RoundStatus.CANCELLED) {
            throw new RoundRejected("selection.round.error.transition");
        }
        boolean changed = blindReview != blind;
        blindReview = blind;
        return changed;
    }

    public int nominationsPerOrganization() {
        return nominationsPerOrganization;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public String title() {
        return title;
    }

    public long version() {
        return version;
    }

    Instant publicityEndsAt() {
        return publicityEndsAt;
    }

    public String decisionMeeting() {
        return decisionMeeting;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    int year() {
        return year;
    }
}

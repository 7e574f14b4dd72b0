package cn.gov.hunan.chuyi.selection;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.attachment.AttachmentRejected;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Publicity (公示): the public notices of selected nominations — during the period and for good afterwards, with
 * their outcome — and the objections (异议) lodged against them, by anyone, with or without an account. The
 * objector's identity is given only to province staff; the objector reads back the disposition with the reference
 * and the telephone. What the public may send is bounded per address and day ({@link PublicitySettings}).
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(PublicitySettings.class)
public class PublicityService {

    private static final EnumSet<NominationStatus> ON_THE_NOTICE =
            EnumSet.of(NominationStatus.SELECTED, NominationStatus.DESIGNATED, NominationStatus.REMOVED);
    private static final int MAX_NAME = 100;
    /** also said on the page (the form's limits line) */
    static final int MAX_REASON = 2000;

    private final RoundRepository rounds;
    private final NominationRepository nominations;
    private final ObjectionRepository objections;
    private final ObjectionLookupRepository lookups;
    private final OrganizationDirectory organizations;
    private final ProgramCatalogue programs;
    private final AccountDirectory accounts;
    private final SelectionHistory history;
    private final AttachmentStore store;
    private final ApplicationEventPublisher events;
    private final PublicitySettings settings;
    private final Clock clock;

    PublicityService(RoundRepository rounds, NominationRepository nominations, ObjectionRepository objections,
            ObjectionLookupRepository lookups, OrganizationDirectory organizations, ProgramCatalogue programs,
            AccountDirectory accounts, SelectionHistory history, AttachmentStore store,
            ApplicationEventPublisher events, PublicitySettings settings, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.objections = objections;
        this.lookups = lookups;
        this.organizations = organizations;
        this.programs = programs;
        this.accounts = accounts;
        this.history = history;
        this.store = store;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** The notices in their publicity period now, the one ending first on top. */
    public List<PublicNotice.Entry> currentNotices() {
        return rounds.findByStatus(RoundStatus.PUBLICITY).stream()
                .filter(Round::hasPublicNotice)
                .map(Round::toNoticeEntry)
                .sorted(Comparator.comparing(PublicNotice.Entry::endsAt))
                .toList();
    }

    /** The notices whose round has closed (or was cancelled after the notice), newest first. */
    public Page<PublicNotice.Entry> pastNotices(int page, int size) {
        var request = PageRequest.of(Math.max(page, 0), size,
                Sort.by(Sort.Direction.DESC, "publicityStartsAt").and(Sort.by(Sort.Direction.DESC, "id")));
        return rounds.findPastNotices(request).map(Round::toNoticeEntry);
    }

    /** A page of past notices grouped by the year their period started. */
    public List<PublicNotice.YearGroup> byYear(Page<PublicNotice.Entry> page) {
        return PublicNotice.byYear(page.getContent());
    }

    /** A notice, from its round's data; 404 for a round whose notice never went up. */
    public PublicNotice notice(long roundId) {
        Round round = publicRound(roundId);
        Instant now = clock.instant();
        var listed = nominations.findByRoundIdAndStatusIn(roundId, ON_THE_NOTICE).stream()
                .sorted(Comparator.comparing(Nomination::id))
                .toList();
        var names = organizations.findAll(listed.stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        var lines = listed.stream()
                .map(n -> new PublicNotice.Line(n.id(), n.title(), names.get(n.organizationId()).name(), n.cityCode(),
                        n.tier(), n.status() == NominationStatus.REMOVED, n.status() == NominationStatus.DESIGNATED))
                .toList();
        RoundSummary summary = round.toSummary();
        return new PublicNotice(roundId, summary.title(), programs.get(round.programCode()), summary.year(),
                summary.publicityStartsLocal(), summary.publicityEndsLocal(), round.decisionMeeting(),
                round.decisionDate(), round.acceptsObjections(now),
                round.status() == RoundStatus.PUBLICITY && round.isPublicityOver(now),
                round.status() == RoundStatus.CLOSED, round.status() == RoundStatus.CANCELLED, lines);
    }

    /**
     * Lodges an objection: while the period runs, against a nomination on the notice, under a real name or a
     * unit's, with a mainland telephone number and a reason; the evidence file under the attachment module's
     * rules. Without an account at most {@code objectionsPerDay} from one address a day, signed in as many per
     * account. Province staff are told at once.
     *
     * @param objector the signed-in user, or null for a member of the public
     * @param address the address the request came from (kept for the staff, and counted)
     * @return the reference the objector keeps to read the disposition later
     * @throws ObjectionRejected with every problem, each naming its field
     */
    @Transactional
    public String lodge(long roundId, LodgeObjection objection, MultipartFile evidence, PortalUser objector,
            String address) {
        Round round = publicRound(roundId);
        Instant now = clock.instant();
        if (!round.acceptsObjections(now)) {
            throw new ObjectionRejected("selection.objection.error.periodOver");
        }
        long today = objector == null
                ? objections.countAnonymousFromSince(address, startOfDay())
                : objections.countByObjectorSince(objector.id(), startOfDay());
        if (today >= settings.objectionsPerDay()) {
            throw new ObjectionRejected("selection.objection.error.tooMany", settings.objectionsPerDay());
        }
        List<ObjectionRejected.Problem> problems = new ArrayList<>();
        String name = strip(objection.name());
        if (name == null) {
            problems.add(new ObjectionRejected.Problem("name", "selection.objection.error.name"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new ObjectionRejected.Problem("name", "selection.objection.error.nameLength", String.valueOf(MAX_NAME)));
        }
        if (Telephone.digits(objection.telephone()) == null) {
            problems.add(new ObjectionRejected.Problem("telephone", "selection.objection.error.telephone"));
        }
        String reason = strip(objection.reason());
        if (reason == null) {
            problems.add(new ObjectionRejected.Problem("reason", "selection.objection.error.reason"));
        } else if (reason.length() > MAX_REASON) {
            problems.add(new ObjectionRejected.Problem("reason", "selection.objection.error.reasonLength", String.valueOf(MAX_REASON)));
        }
        Optional<Nomination> against = Optional.ofNullable(objection.nominationId())
                .flatMap(nominations::findById)
                .filter(n -> n.roundId() == roundId && n.status() == NominationStatus.SELECTED);
        if (against.isEmpty()) {
            problems.add(new ObjectionRejected.Problem("nominationId", "selection.objection.error.nomination"));
        }
        boolean hasEvidence = AttachmentStore.chosen(evidence);
        if (hasEvidence && evidence.isEmpty()) {
            // a chosen file that holds nothing is refused with the other problems, never dropped
            problems.add(new ObjectionRejected.Problem("file", "attachment.error.empty", evidence.getOriginalFilename()));
        } else if (hasEvidence && evidence.getSize() > settings.maxEvidenceSize().toBytes()) {
            problems.add(new ObjectionRejected.Problem("file", "selection.objection.error.evidenceSize",
                    settings.maxEvidenceSize().toMegabytes()));
        }
        if (!problems.isEmpty()) {
            throw new ObjectionRejected(problems);
        }
        Nomination nomination = against.orElseThrow();
        String reference = newReference();
        var lodged = new Objection(roundId, nomination.id(), objector == null ? null : objector.id(), name,
                objection.telephone().strip(), reason, address, reference, now);
        if (hasEvidence) {
            lodged.attachEvidence(storeEvidence(evidence));
        }
        objections.save(lodged);
        // the staff hear of it in the portal; the notice names the nomination, never the objector
        events.publishEvent(new PortalNotice(accounts.withRole(Role.PROVINCE_ADMIN).stream().map(UserSummary::id).toList(),
                "selection.notice.objectionLodged", "/rounds/" + roundId + "#objection-" + lodged.id(),
                organizations.find(nomination.organizationId()).map(OrganizationProfile::name).orElse("") + " · " + nomination.title()));
        return reference;
    }

    /**
     * The disposition of an objection, for whoever holds its reference and the telephone given with it (both must
     * match; the telephone is compared in constant time). Every attempt counts against the address's daily bound.
     *
     * @return empty when the reference and the telephone do not belong together (which one is wrong is not said)
     * @throws ObjectionRejected when the form is incomplete or the address has used up its look-ups today
     */
    @Transactional
    public Optional<ObjectionDisposition> lookUp(String reference, String telephone, String address) {
        List<ObjectionRejected.Problem> problems = new ArrayList<>();
        String normalised = ObjectionReference.normalise(reference);
        if (normalised == null) {
            problems.add(new ObjectionRejected.Problem("reference", "selection.lookup.error.reference"));
        }
        if (Telephone.digits(telephone) == null) {
            problems.add(new ObjectionRejected.Problem("telephone", "selection.objection.error.telephone"));
        }
        if (!problems.isEmpty()) {
            throw new ObjectionRejected(problems);
        }
        Instant since = startOfDay();
        if (lookups.countSince(address, since) >= settings.lookupsPerDay()) {
            throw new ObjectionRejected("selection.lookup.error.tooMany", settings.lookupsPerDay());
        }
        lookups.deleteBefore(since.minus(Duration.ofDays(1)));
        lookups.save(new ObjectionLookup(address, clock.instant()));
        Optional<Objection> found = objections.findByReference(normalised);
        // compare a telephone even when the reference is unknown, so both refusals take the same time
        boolean matches = found.isPresent() ? found.get().lodgedWith(telephone) : Telephone.same("00000000000", telephone);
        return matches && found.isPresent() ? found.map(Objection::toDisposition) : Optional.empty();
    }

    /** The objections of a round with their objectors' identity: for province staff only, empty for anyone else. */
    public List<ObjectionView> objections(long roundId, PortalUser viewer) {
        if (viewer == null || !viewer.has(Role.PROVINCE_ADMIN)) {
            return List.of();
        }
        List<Objection> all = objections.findByRoundIdOrderById(roundId);
        List<Nomination> against = nominations.findAllById(all.stream().map(Objection::nominationId).collect(Collectors.toSet()));
        var names = organizations.findAll(against.stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        // in a school programme every nomination has the programme's title: the school says which one it is
        var titles = against.stream().collect(Collectors.toMap(Nomination::id,
                n -> names.get(n.organizationId()).name() + " · " + n.title()));
        return all.stream().map(o -> o.toView(titles.get(o.nominationId()))).toList();
    }

    /**
     * When a round in publicity may close: once its period has ended and no objection is open. Null for a round
     * not in publicity. The rule itself is kept by {@link Round#move} and {@link RoundService#move}.
     */
    public Closing closing(RoundSummary round) {
        if (round.status() != RoundStatus.PUBLICITY) {
            return null;
        }
        long open = objections.countOpen(round.id());
        boolean periodOver = round.publicityEndsAt() != null && !clock.instant().isBefore(round.publicityEndsAt());
        return new Closing(periodOver && open == 0, round.publicityEndsLocal(), periodOver, open);
    }

    /** Whether, and from when, a round in publicity may be closed, for the round's page. */
    public record Closing(boolean mayClose, LocalDateTime closableFrom, boolean periodOver, long openObjections) {}

    /** Objections still waiting for a disposition, across all rounds (the department's dashboard). */
    public long openObjections() {
        return objections.countAllOpen();
    }

    /** An objection's evidence file, for the staff who handle objections. */
    public Evidence evidence(long roundId, long objectionId) {
        Objection objection = objections.findById(objectionId)
                .filter(o -> o.roundId() == roundId && o.evidenceKey() != null)
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        return new Evidence(objection.evidenceName(), objection.evidenceType(), store.open(objection.evidenceKey()));
    }

    /** A file and its bytes. */
    public record Evidence(String name, String contentType, Resource content) {}

    /** Records the disposition; an upheld objection removes the nomination and frees its quota slot. */
    @Transactional
    public void resolve(long roundId, long objectionId, boolean upheld, String disposition, PortalUser admin) {
        Objection objection = objections.findById(objectionId).filter(o -> o.roundId() == roundId)
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        objection.resolve(upheld, disposition, admin.getUsername(), clock.instant());
        if (upheld) {
            Nomination n = nominations.findById(objection.nominationId()).orElseThrow();
            if (n.status() == NominationStatus.SELECTED) {
                NominationStatus from = n.move(Transitions.NominationMove.REMOVE, Role.PROVINCE_ADMIN);
                history.nomination(n, from, admin.getUsername(), disposition);
                rounds.releaseQuotaSlot(n.roundId());
            }
        }
    }

    private StoredFile storeEvidence(MultipartFile evidence) {
        try {
            return store.store(evidence);
        } catch (AttachmentRejected rejected) {
            throw new ObjectionRejected(List.of(new ObjectionRejected.Problem("file", rejected.messageKey(), rejected.arguments())));
        }
    }

    private String newReference() {
        String reference = ObjectionReference.next();
        while (objections.existsByReference(reference)) {
            reference = ObjectionReference.next();
        }
        return reference;
    }

    private Instant startOfDay() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE)).atStartOfDay(PortalTime.ZONE).toInstant();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Round publicRound(long roundId) {
        return rounds.findById(roundId)
                .filter(Round::hasPublicNotice)
                .orElseThrow(() -> new NotFoundException("round", roundId));
    }
}

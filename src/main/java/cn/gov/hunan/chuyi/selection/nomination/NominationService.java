package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.history.SelectionHistory;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading nominations and filing them (申报): the school starts, edits, submits and withdraws its own. */
@Service
@Transactional(readOnly = true)
public class NominationService {

    private final NominationRepository nominations;
    private final RoundRepository rounds;
    private final AttachmentRepository attachments;
    private final NominationDocumentRepository documents;
    private final OrganizationDirectory organizations;
    private final ProgramCatalogue programs;
    private final SelectionHistory history;
    private final SelectionAccess access;
    private final Clock clock;

    NominationService(
            NominationRepository nominations,
            RoundRepository rounds,
            AttachmentRepository attachments,
            NominationDocumentRepository documents,
            OrganizationDirectory organizations,
            ProgramCatalogue programs,
            SelectionHistory history,
            SelectionAccess access,
            Clock clock) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.attachments = attachments;
        this.documents = documents;
        this.organizations = organizations;
        this.programs = programs;
        this.history = history;
        this.access = access;
        this.clock = clock;
    }

    // ---- reading ----

    /** The viewer's slice: a school its own, a city its city's filed ones, province staff every filed one. */
    public Page<NominationLine> search(Long roundId, NominationStatus status, PortalUser viewer, Pageable pageable) {
        Page<NominationLine.Row> page;
        if (viewer.has(Role.PROVINCE_ADMIN)) {
            page = nominations.search(roundId, status, null, null, true, pageable);
        } else if (viewer.has(Role.CITY_OFFICER) && viewer.cityCode() != null) {
            page = nominations.search(roundId, status, null, viewer.cityCode(), true, pageable);
        } else if (viewer.has(Role.SCHOOL_ADMIN) && viewer.organizationId() != null) {
            page = nominations.search(roundId, status, viewer.organizationId(), null, false, pageable);
        } else {
            return Page.empty(pageable);
        }
        var names = organizations.findAll(
                page.map(NominationLine.Row::organizationId).toSet());
        return page.map(n -> n.named(names.get(n.organizationId()).name()));
    }

    public NominationView get(long id, PortalUser viewer) {
        Nomination n = load(id, viewer);
        return n.toView(organizations
                .find(n.organizationId())
                .map(OrganizationProfile::name)
                .orElse(""));
    }

    public List<HistoryLine> history(long id, PortalUser viewer) {
        load(id, viewer);
        return history.ofNomination(id);
    }

    /** The rounds now open to the viewer's organisation, with its own nomination in each if any. */
    public List<OpenRound> openRoundsFor(PortalUser viewer) {
        if (viewer.organizationId() == null) {
            return List.of();
        }
        OrganizationProfile own = organizations.find(viewer.organizationId()).orElseThrow();
        List<OpenRound> open = new ArrayList<>();
        for (Round round : rounds.findByStatus(RoundStatus.OPEN)) {
            if (round.isEligible(own.kind()) && round.acceptsNominations(clock.instant())) {
                List<Nomination> mine = nominations.findByRoundIdAndOrganizationIdOrderBySlot(round.id(), own.id());
                long allowed = allowedNominations(round, own.id());
                open.add(new OpenRound(
                        round.toSummary(),
                        mine.stream().map(Nomination::id).toList(),
                        active(mine) < allowed,
                        allowed == 0));
            }
        }
        return open;
    }

    public NominationContent.FieldSet fieldSetOf(long roundId) {
        return NominationContent.FieldSet.of(
                rounds.findById(roundId).orElseThrow().programCode());
    }

    // ---- the school ----

    /** Starts a draft nomination of the viewer's organisation in a round. */
    @Transactional
    public long create(long roundId, String title, NominationContent content, PortalUser school) {
        Round round = rounds.findById(roundId)
                .filter(r -> access.maySee(school, r))
                .orElseThrow(() -> new NotFoundException("round", roundId));
        OrganizationProfile own = organizations
                .find(school.organizationId())
                .orElseThrow(() -> new NominationRejected("selection.nomination.error.noOrganization"));
        if (!round.acceptsNominations(clock.instant())) {
            throw new NominationRejected("selection.nomination.error.windowClosed");
        }
        if (!round.isEligible(own.kind())) {
            throw new NominationRejected("selection.nomination.error.notEligibleKind");
        }
        long allowed = allowedNominations(round, own.id());
        if (allowed == 0) {
            throw new NominationRejected("selection.nomination.error.alreadyDesignated");
        }
        List<Nomination> mine = nominations.findByRoundIdAndOrganizationIdOrderBySlot(roundId, own.id());
        for (Nomination existing : mine) {
            if (existing.isRepeatOf(title, clock.instant())) {
                return existing.id();
            }
        }
        if (active(mine) >= allowed) {
            throw new NominationRejected("selection.nomination.error.duplicate", allowed);
        }
        // the next place of the organisation in the round; two forms racing for the same place meet at the unique
        // constraint, and the loser asks again (NominationIntake)
        int slot = mine.stream().mapToInt(Nomination::slot).max().orElse(0) + 1;
        var nomination = new Nomination(roundId, own.id(), slot, own.cityCode(), own.provinceRun(), title);
        nomination.edit(title, content);
        nominations.saveAndFlush(nomination);
        history.nomination(nomination, null, school.getUsername(), HistoryReason.none());
        return nomination.id();
    }

    @Transactional
    public void update(long id, String title, NominationContent content, long expectedVersion, PortalUser school) {
        Nomination n = ownEditable(id, school);
        checkVersion(n, expectedVersion);
        n.edit(title, content);
    }

    /**
     * Submits after checking that every required part is there and that the sealed page was uploaded; 省属 schools go
     * straight past the city. Called through {@link NominationSubmission}, which keeps the 申报书 as submitted.
     *
     * @return whether the nomination moved now (false: it had been submitted already, nothing changed)
     */
    @Transactional
    boolean submit(long id, PortalUser school) {
        // the row is locked first: of two submits of the same nomination (a double click, a retried post), the second
        // waits for the first and then finds nothing left to do
        Nomination locked = nominations
                .lockById(id)
                .filter(x -> access.isOwnSchool(school, x))
                .orElseThrow(() -> new NotFoundException("nomination", id));
        if (locked.wasSubmitted()) {
            return false;
        }
        Nomination n = ownEditable(id, school);
        Round round = rounds.findById(n.roundId()).orElseThrow();
        List<String> gaps = NominationCompleteness.gaps(
                n.title(),
                n.content(),
                NominationContent.FieldSet.of(round.programCode()),
                attachments.existsByNominationId(n.id()));
        // one refusal names everything missing: the content's gaps and the sealed page
        SealedPageRule.requireComplete(
                gaps,
                documents
                        .findFirstByNominationIdAndKindOrderByIdDesc(n.id(), NominationDocument.Kind.SEALED_PAGE)
                        .isPresent());
        var move = n.provinceRun() ? NominationMove.SUBMIT_PROVINCE_RUN : NominationMove.SUBMIT;
        NominationStatus from = n.move(move, Role.SCHOOL_ADMIN);
        n.markSubmitted(clock.instant());
        history.nomination(
                n,
                from,
                school.getUsername(),
                n.provinceRun() ? HistoryReason.key("selection.history.provinceRun") : HistoryReason.none());
        return true;
    }

    @Transactional
    public void withdraw(long id, String reason, PortalUser school) {
        Nomination n = load(id, school);
        if (!access.isOwnSchool(school, n)) {
            throw new NotFoundException("nomination", id);
        }
        Round round = rounds.findById(n.roundId()).orElseThrow();
        if (!round.acceptsNominations(clock.instant())) {
            throw new NominationRejected("selection.nomination.error.windowClosed");
        }
        NominationStatus from = n.move(NominationMove.WITHDRAW, Role.SCHOOL_ADMIN);
        history.nomination(n, from, school.getUsername(), reason);
    }

    // ---- helpers ----

    /**
     * Nominations the organisation may hold in the round: the round's number per organisation, but no more than
     * the designations the programme still lets it receive (0 when it already holds as many as allowed).
     */
    private long allowedNominations(Round round, long organizationId) {
        return allowed(
                round.nominationsPerOrganization(), programs.designationsLeft(round.programCode(), organizationId));
    }

    /** The round's number per organisation, capped by the designations left (null: the programme sets no limit). */
    static long allowed(int perOrganization, Long designationsLeft) {
        return designationsLeft == null ? perOrganization : Math.min(perOrganization, designationsLeft);
    }

    /** Nominations that still stand (a withdrawn one frees its place). */
    private static long active(List<Nomination> nominations) {
        return nominations.stream()
                .filter(n -> n.status() != NominationStatus.WITHDRAWN)
                .count();
    }

    Nomination load(long id, PortalUser viewer) {
        return nominations
                .findById(id)
                .filter(n -> access.maySee(viewer, n))
                .orElseThrow(() -> new NotFoundException("nomination", id));
    }

    Nomination ownEditable(long id, PortalUser school) {
        Nomination n = load(id, school);
        if (!access.isOwnSchool(school, n)) {
            throw new NotFoundException("nomination", id);
        }
        Round round = rounds.findById(n.roundId()).orElseThrow();
        boolean open = n.status() == NominationStatus.RETURNED
                ? round.acceptsResubmission(clock.instant())
                : round.acceptsNominations(clock.instant());
        if (!open || !n.status().editableBySchool()) {
            throw new NominationRejected("selection.nomination.error.readOnly");
        }
        return n;
    }

    private static void checkVersion(Nomination n, long expectedVersion) {
        Versions.expect(n.version(), expectedVersion, "nomination");
    }
}

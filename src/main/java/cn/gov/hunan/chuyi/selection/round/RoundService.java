package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.program.Nominee;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.selection.NominationDesignated;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.history.SelectionHistory;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.nomination.NominationMove;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.nomination.SelectionAccess;
import cn.gov.hunan.chuyi.selection.publicity.ObjectionRepository;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting up rounds and moving them through their states (遴选批次管理). */
@Service
@Transactional(readOnly = true)
public class RoundService {

    /** The most nominations a round may let one organisation file. */
    static final int MAX_NOMINATIONS_PER_ORGANIZATION = 50;

    private final RoundRepository rounds;
    private final NominationRepository nominations;
    private final ObjectionRepository objections;
    private final ProgramCatalogue programs;
    private final SelectionHistory history;
    private final SelectionAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundService(
            RoundRepository rounds,
            NominationRepository nominations,
            ObjectionRepository objections,
            ProgramCatalogue programs,
            SelectionHistory history,
            SelectionAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.objections = objections;
        this.programs = programs;
        this.history = history;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public Page<RoundSummary> search(
            String programCode, RoundStatus status, Integer year, Pageable pageable, PortalUser viewer) {
        // only province staff see rounds still in draft
        boolean hideDrafts = !viewer.has(Role.PROVINCE_ADMIN);
        return rounds.search(programCode, status, year, hideDrafts, pageable).map(Round::toSummary);
    }

    public RoundSummary get(long id, PortalUser viewer) {
        return load(id, viewer).toSummary();
    }

    public List<HistoryLine> history(long id, PortalUser viewer) {
        load(id, viewer);
        return history.ofRound(id);
    }

    /** Nominations of the round by state, for the round's page. */
    public Map<NominationStatus, Long> nominationCounts(long id) {
        Map<NominationStatus, Long> counts = new TreeMap<>();
        for (Object[] row : nominations.countByStatus(id)) {
            counts.put((NominationStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The default criteria a new round of the programme starts with. */
    public List<RoundSetup.CriterionLine> defaultCriteria(String programCode) {
        return DefaultCriteria.forProgram(programCode);
    }

    @Transactional
    public long create(String programCode, RoundSetup setup, String actor) {
        var program = programs.get(programCode);
        refusePeople(program);
        checkQuota(program.remaining(), setup);
        checkNominationsPerOrganization(program, setup);
        var round = new Round(program.code());
        round.setUp(setup);
        rounds.save(round);
        history.round(round, null, actor, HistoryReason.none());
        return round.id();
    }

    @Transactional
    public void update(long id, RoundSetup setup, long expectedVersion, String actor) {
        Round round = rounds.findById(id).orElseThrow(() -> new NotFoundException("round", id));
        checkVersion(round, expectedVersion);
        var program = programs.get(round.programCode());
        checkQuota(program.remaining(), setup);
        checkNominationsPerOrganization(program, setup);
        boolean blindChanged = round.blindReview() != setup.blindReview();
        if (blindChanged) {
            refuseBlindChangeAfterScores(round);
        }
        round.setUp(setup);
        if (blindChanged) {
            recordBlindReview(round, actor);
        }
    }

    /**
     * Changes whether the round's review is blind (匿名评审) on its own, at any step until the round is closed, as long as
     * no expert has scored: the experts scored knowing whether their names would go out with the workbook.
     */
    @Transactional
    public void changeBlindReview(long id, boolean blind, long expectedVersion, String actor) {
        Round round = rounds.findById(id).orElseThrow(() -> new NotFoundException("round", id));
        checkVersion(round, expectedVersion);
        if (round.blindReview() == blind) {
            return;
        }
        refuseBlindChangeAfterScores(round);
        round.changeBlindReview(blind);
        recordBlindReview(round, actor);
    }

    /** Whether an expert has scored a nomination of the round (the blind setting is then fixed). */
    public boolean scored(long id) {
        return rounds.countScores(id) > 0;
    }

    private void refuseBlindChangeAfterScores(Round round) {
        if (scored(round.id())) {
            throw new RoundRejected("selection.round.error.blindAfterScores");
        }
    }

    private void recordBlindReview(Round round, String actor) {
        history.round(
                round,
                round.status(),
                actor,
                HistoryReason.key(
                        round.blindReview() ? "selection.history.blindReviewOn" : "selection.history.blindReviewOff"));
    }

    /** Moves a round on behalf of province staff; every move is recorded with its reason. */
    @Transactional
    public void move(long id, RoundMove move, String reason, long expectedVersion, PortalUser actor) {
        Round round = rounds.findById(id).orElseThrow(() -> new NotFoundException("round", id));
        checkVersion(round, expectedVersion);
        if (move == RoundMove.CLOSE_ROUND && objections.countOpen(id) > 0) {
            throw new RoundRejected("selection.round.error.openObjections");
        }
        if (move == RoundMove.DECIDE) {
            throw new RoundRejected("selection.round.error.decideOnRanking");
        }
        if (move == RoundMove.OPEN_NOMINATIONS) {
            refusePeople(programs.get(round.programCode()));
        }
        RoundStatus from = round.move(move, Role.PROVINCE_ADMIN, clock.instant());
        history.round(round, from, actor.getUsername(), reason);
        if (move == RoundMove.CLOSE_ROUND) {
            designateSelected(round, actor.getUsername());
        }
    }

    /**
     * Closes the nomination window of every open round whose deadline has passed. Runs on a schedule and
     * is safe to run twice or on two instances: a round already closed is left alone, and the version
     * check makes a concurrent second closer fail instead of recording the change twice.
     */
    @Transactional
    public int closeDueNominationWindows() {
        int closed = 0;
        for (Round round : rounds.findByStatus(RoundStatus.OPEN)) {
            if (round.nominationWindowDue(clock.instant())) {
                // the portal's own move, through the same table as the department's (no role: RoundMove.scheduled)
                RoundStatus from = round.move(RoundMove.CLOSE_NOMINATIONS, null, clock.instant());
                history.round(round, from, "system", HistoryReason.key("selection.history.windowClosed"));
                closed++;
            }
        }
        return closed;
    }

    private void designateSelected(Round round, String actor) {
        var year = round.toSummary().year();
        for (Nomination n : nominations.findByRoundIdAndStatusIn(round.id(), List.of(NominationStatus.SELECTED))) {
            NominationStatus from = n.move(NominationMove.DESIGNATE, Role.PROVINCE_ADMIN);
            history.nomination(n, from, actor, HistoryReason.none());
            events.publishEvent(new NominationDesignated(
                    n.id(), round.id(), round.programCode(), n.organizationId(), n.title(), year, n.tier()));
        }
    }

    Round load(long id, PortalUser viewer) {
        return rounds.findById(id)
                .filter(r -> access.maySee(viewer, r))
                .orElseThrow(() -> new NotFoundException("round", id));
    }

    private static void checkVersion(Round round, long expectedVersion) {
        Versions.expect(round.version(), expectedVersion, "round");
    }

    /** The programmes a round may be set up for: not those of people (see {@link #refusePeople}). */
    public List<ProgramSummary> programsForRounds() {
        return programs.all().stream()
                .filter(p -> p.nominee() != Nominee.PERSON)
                .toList();
    }

    /**
     * People (spirit inheritors) have one path: the school nominates them on the inheritor pages and the department
     * recognises them there, which counts toward the programme. A selection round would end in a construction
     * project owing annual reports, which a person is not, so a round of a programme of people is refused.
     */
    private static void refusePeople(ProgramSummary program) {
        if (program.nominee() == Nominee.PERSON) {
            throw new RoundRejected("selection.round.error.people");
        }
    }

    /**
     * An organisation files at most as many nominations in a round as the round allows (1 to 50), and the round
     * cannot allow more than the programme lets one organisation hold.
     */
    private static void checkNominationsPerOrganization(ProgramSummary program, RoundSetup setup) {
        int perOrganization = setup.nominationsPerOrganization();
        if (perOrganization < 1 || perOrganization > MAX_NOMINATIONS_PER_ORGANIZATION) {
            throw new RoundRejected("selection.round.error.perOrganization");
        }
        if (program.perOrganizationLimit() != null && perOrganization > program.perOrganizationLimit()) {
            throw new RoundRejected(
                    "selection.round.error.perOrganizationAboveProgram", program.perOrganizationLimit());
        }
    }

    /** The quota may not exceed the programme's remaining target, unless a reason for the override is given. */
    private static void checkQuota(Long remaining, RoundSetup setup) {
        boolean exceeds = remaining != null && setup.quota() > remaining;
        boolean hasReason = setup.quotaOverrideReason() != null
                && !setup.quotaOverrideReason().isBlank();
        if (exceeds && !hasReason) {
            throw new RoundRejected("selection.round.error.quotaExceedsTarget", remaining);
        }
    }
}

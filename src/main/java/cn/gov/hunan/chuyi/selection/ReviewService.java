package cn.gov.hunan.chuyi.selection;

import cn.gov.hunan.chuyi.shared.Versions;
import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationGroups;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Expert review (专家评审): assignment with conflict-of-interest rules, scoring, and the ranking. */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private static final Set<NominationStatus> RANKED =
            EnumSet.of(NominationStatus.UNDER_REVIEW, NominationStatus.SELECTED, NominationStatus.NOT_SELECTED,
                    NominationStatus.DESIGNATED, NominationStatus.REMOVED);

    private final AssignmentRepository assignments;
    private final NominationRepository nominations;
    private final RoundRepository rounds;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;
    private final OrganizationGroups groups;
    private final ExpertPool pool;
    private final ProgramCatalogue programs;
    private final SelectionHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(AssignmentRepository assignments, NominationRepository nominations, RoundRepository rounds,
            AccountDirectory accounts, OrganizationDirectory organizations, SelectionHistory history,
            ApplicationEventPublisher events, Clock clock,
            OrganizationGroups groups, ExpertPool pool,
            ProgramCatalogue programs) {
        this.groups = groups;
        this.pool = pool;
        this.programs = programs;
        this.assignments = assignments;
        this.nominations = nominations;
        this.rounds = rounds;
        this.accounts = accounts;
        this.organizations = organizations;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    // ---- the department ----

    /** Every nomination in review with its experts. */
    public List<AssignmentLine> assignmentsOf(long roundId) {
        List<Nomination> inReview = nominations.findByRoundIdAndStatusIn(roundId,
                EnumSet.of(NominationStatus.ELIGIBLE, NominationStatus.UNDER_REVIEW));
        var byNomination = assignments.findByNominationIdIn(inReview.stream().map(Nomination::id).toList()).stream()
                .collect(Collectors.groupingBy(ReviewAssignment::nominationId));
        var experts = accounts.findAll(byNomination.values().stream().flatMap(List::stream)
                .map(ReviewAssignment::expertId).collect(Collectors.toSet()));
        var names = organizations.findAll(inReview.stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        return inReview.stream()
                .sorted(Comparator.comparing(Nomination::id))
                .map(n -> new AssignmentLine(n.id(), n.title(), names.get(n.organizationId()).name(), n.cityCode(),
                        n.status(), byNomination.getOrDefault(n.id(), List.of()).stream()
                                .map(a -> new AssignmentLine.Expert(a.id(), a.expertId(),
                                        experts.get(a.expertId()).displayName(), a.status().name(), a.conflictReason()))
                                .toList()))
                .toList();
    }

    /** The experts who may review the nomination (no conflict), by lightest load in the round. */
    public List<UserSummary> candidatesFor(long nominationId) {
        Nomination n = nominations.findById(nominationId).orElseThrow(() -> new NotFoundException("nomination", nominationId));
        Round round = rounds.findById(n.roundId()).orElseThrow();
        return candidates(round, n, load(round));
    }

    /**
     * Gives every eligible nomination of the round its number of experts, choosing for each, among the experts
     * without a conflict, first those whose fields match the programme or the nominated cluster, then the lightest
     * load. Safe to run again: it only fills gaps.
     */
    @Transactional
    public int autoAssign(long roundId, PortalUser admin) {
        Round round = inReview(roundId);
        for (Nomination n : nominations.findByRoundIdAndStatusIn(roundId, EnumSet.of(NominationStatus.ELIGIBLE))) {
            NominationStatus from = n.move(Transitions.NominationMove.START_REVIEW, Role.PROVINCE_ADMIN);
            history.nomination(n, from, admin.getUsername(), null);
        }
        Map<Long, Long> load = load(round);
        int added = 0;
        for (Nomination n : nominations.findByRoundIdAndStatusIn(roundId, EnumSet.of(NominationStatus.UNDER_REVIEW))) {
            long active = assignments.findByNominationId(n.id()).stream()
                    .filter(a -> a.status() != ReviewAssignment.Status.CONFLICT).count();
            for (UserSummary expert : candidates(round, n, load)) {
                if (active >= round.expertsPerNomination()) {
                    break;
                }
                add(n, expert.id());
                load.merge(expert.id(), 1L, Long::sum);
                active++;
                added++;
            }
        }
        return added;
    }

    /** Adds one expert by hand; the conflict rules hold here too. */
    @Transactional
    public void assign(long nominationId, long expertId, PortalUser admin) {
        Nomination n = nominations.findById(nominationId).orElseThrow(() -> new NotFoundException("nomination", nominationId));
        Round round = inReview(n.roundId());
        if (n.status() != NominationStatus.UNDER_REVIEW) {
            throw new IllegalTransitionException("selection.review.error.notInReview");
        }
        boolean allowed = candidates(round, n, load(round)).stream().anyMatch(e -> e.id() == expertId);
        if (!allowed) {
            throw new IllegalTransitionException("selection.review.error.conflict");
        }
        add(n, expertId);
    }

    /** Takes an expert off a nomination, as long as the expert has not submitted. */
    @Transactional
    public void unassign(long assignmentId, PortalUser admin) {
        ReviewAssignment a = assignments.findById(assignmentId).orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        inReview(nominations.findById(a.nominationId()).orElseThrow().roundId());
        if (a.status() != ReviewAssignment.Status.ASSIGNED) {
            throw new IllegalTransitionException("selection.review.error.locked");
        }
        assignments.delete(a);
    }

    /** The ranking of the round by final score, with the experts' totals (for province staff only). */
    public List<RankingLine> ranking(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        BigDecimal maxTotal = round.toSummary().maxTotal();
        List<Nomination> ranked = nominations.findByRoundIdAndStatusIn(roundId, RANKED);
        var byNomination = assignments.findByNominationIdIn(ranked.stream().map(Nomination::id).toList()).stream()
                .filter(a -> a.status() != ReviewAssignment.Status.CONFLICT)
                .collect(Collectors.groupingBy(ReviewAssignment::nominationId));
        var names = organizations.findAll(ranked.stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        var expertIds = byNomination.values().stream().flatMap(List::stream).map(ReviewAssignment::expertId)
                .collect(Collectors.toSet());
        var experts = accounts.findAll(expertIds);
        var fields = pool.fieldsOf(expertIds);
        record Scored(Nomination n, List<BigDecimal> totals, int assigned, BigDecimal score) {}
        List<Scored> scored = new ArrayList<>();
        for (Nomination n : ranked) {
            var active = byNomination.getOrDefault(n.id(), List.of());
            List<BigDecimal> totals = active.stream().map(ReviewAssignment::total).filter(Objects::nonNull).toList();
            scored.add(new Scored(n, totals, active.size(), Scoring.finalScore(totals)));
        }
        scored.sort(Comparator.comparing(Scored::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.n().id()));
        List<RankingLine> lines = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            var view = s.n().toView(names.get(s.n().organizationId()).name());
            lines.add(new RankingLine(i + 1, s.n().id(), s.n().title(), view.organizationName(), s.n().cityCode(),
                    s.n().status(), s.totals(), s.assigned(), s.score(), Scoring.spread(s.totals()),
                    Scoring.largeSpread(s.totals(), maxTotal), s.n().tier(), view.departureReason(),
                    byNomination.getOrDefault(s.n().id(), List.of()).stream()
                            .map(a -> new RankingLine.Reviewer(experts.get(a.expertId()).displayName(),
                                    fields.getOrDefault(a.expertId(), List.of())))
                            .toList()));
        }
        return lines;
    }

    // ---- the expert ----

    public Page<ReviewTask> tasksOf(PortalUser expert, Pageable pageable) {
        Page<ReviewAssignment> page = assignments.findByExpertIdOrderByIdDesc(expert.id(), pageable);
        var byId = nominations.findAllById(page.map(ReviewAssignment::nominationId).toSet()).stream()
                .collect(Collectors.toMap(Nomination::id, n -> n));
        var roundsById = rounds.findAllById(byId.values().stream().map(Nomination::roundId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Round::id, r -> r));
        var names = organizations.findAll(byId.values().stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        return page.map(a -> task(a, byId.get(a.nominationId()), roundsById.get(byId.get(a.nominationId()).roundId()),
                names.get(byId.get(a.nominationId()).organizationId())));
    }

    public ReviewTask task(long assignmentId, PortalUser expert) {
        ReviewAssignment a = own(assignmentId, expert);
        Nomination n = nominations.findById(a.nominationId()).orElseThrow();
        return task(a, n, rounds.findById(n.roundId()).orElseThrow(), organizations.find(n.organizationId()).orElseThrow());
    }

    /** The nomination an expert reviews; only through an assignment that is the expert's own. */
    public long nominationOf(long assignmentId, PortalUser expert) {
        return own(assignmentId, expert).nominationId();
    }

    @Transactional
    public void score(long assignmentId, Map<Long, Score> scores, boolean submit, long expectedVersion,
            PortalUser expert) {
        ReviewAssignment a = own(assignmentId, expert);
        Versions.expect(a.version(), expectedVersion, "review");
        Nomination n = nominations.findById(a.nominationId()).orElseThrow();
        Round round = inReview(n.roundId());
        a.score(round.criteria(), scores, submit, clock.instant());
    }

    /** The expert withdraws for a conflict of interest (回避); another expert takes the place at once. */
    @Transactional
    public void declareConflict(long assignmentId, String reason, PortalUser expert) {
        ReviewAssignment a = own(assignmentId, expert);
        Nomination n = nominations.findById(a.nominationId()).orElseThrow();
        Round round = inReview(n.roundId());
        a.declareConflict(reason);
        assignments.flush();
        candidates(round, n, load(round)).stream().findFirst().ifPresent(replacement -> add(n, replacement.id()));
    }

    // ---- rules ----

    /**
     * Experts who may review {@code n}: not of the applicant's own organisation nor of an organisation sharing a
     * vocational-education group with it, not of its city when the round says so, not already on it (nor
     * withdrawn from it). Those whose fields match the programme or the nominated cluster come first, then the
     * lightest load, then the account's age (so the order is stable).
     */
    private List<UserSummary> candidates(Round round, Nomination n, Map<Long, Long> load) {
        List<UserSummary> allowed = allowedExperts(round, n);
        List<String> texts = Expertise.textsOf(programs.nameZh(round.programCode()), n);
        Map<Long, List<String>> fields = pool.fieldsOf(allowed.stream().map(UserSummary::id).toList());
        return allowed.stream()
                .sorted(Comparator.comparing((UserSummary e) -> Expertise.matches(fields.getOrDefault(e.id(), List.of()), texts) ? 0 : 1)
                        .thenComparing(e -> load.getOrDefault(e.id(), 0L))
                        .thenComparing(UserSummary::id))
                .toList();
    }

    private List<UserSummary> allowedExperts(Round round, Nomination n) {
        Set<Long> already = assignments.findByNominationId(n.id()).stream()
                .map(ReviewAssignment::expertId).collect(Collectors.toSet());
        Set<Long> partners = groups.partnersOf(n.organizationId());
        Map<Long, OrganizationProfile> homes = organizations.findAll(accounts.withRole(Role.EXPERT).stream()
                .map(UserSummary::organizationId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return accounts.withRole(Role.EXPERT).stream()
                .filter(e -> !already.contains(e.id()))
                .filter(e -> !Objects.equals(e.organizationId(), n.organizationId()))
                .filter(e -> e.organizationId() == null || !partners.contains(e.organizationId()))
                .filter(e -> !round.excludeSameCity() || !Objects.equals(cityOf(e, homes), n.cityCode()))
                .toList();
    }

    private static String cityOf(UserSummary expert, Map<Long, OrganizationProfile> homes) {
        if (expert.cityCode() != null) {
            return expert.cityCode();
        }
        var home = expert.organizationId() == null ? null : homes.get(expert.organizationId());
        return home == null ? null : home.cityCode();
    }

    /** Active assignments per expert in the round. */
    private Map<Long, Long> load(Round round) {
        var ids = nominations.findByRoundIdOrderById(round.id()).stream().map(Nomination::id).toList();
        Map<Long, Long> load = new HashMap<>();
        assignments.findByNominationIdIn(ids).stream()
                .filter(a -> a.status() != ReviewAssignment.Status.CONFLICT)
                .forEach(a -> load.merge(a.expertId(), 1L, Long::sum));
        return load;
    }

    private void add(Nomination n, long expertId) {
        var assignment = assignments.save(new ReviewAssignment(n.id(), expertId, clock.instant()));
        events.publishEvent(new ReviewAssigned(assignment.id(), expertId, n.title()));
    }

    private Round inReview(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        if (round.status() != RoundStatus.EXPERT_REVIEW) {
            throw new IllegalTransitionException("selection.review.error.roundNotInReview");
        }
        return round;
    }

    private ReviewAssignment own(long assignmentId, PortalUser expert) {
        return assignments.findById(assignmentId)
                .filter(a -> a.expertId() == expert.id())
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
    }

    private static ReviewTask task(ReviewAssignment a, Nomination n, Round round, OrganizationProfile organization) {
        return new ReviewTask(a.id(), n.id(), n.title(), organization.name(), round.id(), round.title(),
                a.status().name(), round.criteria().stream().map(Criterion::toLine).toList(), Map.copyOf(a.scores()),
                a.total(), a.conflictReason(), a.version());
    }
}

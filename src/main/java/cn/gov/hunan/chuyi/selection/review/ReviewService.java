package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.expert.ExpertPool;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.nomination.RankedNomination;
import cn.gov.hunan.chuyi.selection.round.Criterion;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Versions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Expert review (专家评审), the experts' side: their tasks, scores and withdrawals; and the ranking that results. */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private static final Set<NominationStatus> RANKED = EnumSet.of(
            NominationStatus.UNDER_REVIEW,
            NominationStatus.SELECTED,
            NominationStatus.NOT_SELECTED,
            NominationStatus.DESIGNATED,
            NominationStatus.REMOVED);

    private final AssignmentRepository assignments;
    private final NominationRepository nominations;
    private final RoundRepository rounds;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;
    private final ExpertPool pool;
    private final AssignmentService assigning;
    private final Clock clock;

    ReviewService(
            AssignmentRepository assignments,
            NominationRepository nominations,
            RoundRepository rounds,
            AccountDirectory accounts,
            OrganizationDirectory organizations,
            ExpertPool pool,
            AssignmentService assigning,
            Clock clock) {
        this.assignments = assignments;
        this.nominations = nominations;
        this.rounds = rounds;
        this.accounts = accounts;
        this.organizations = organizations;
        this.pool = pool;
        this.assigning = assigning;
        this.clock = clock;
    }

    /** The ranking of the round by final score, with the experts' totals (for province staff only). */
    public List<RankingLine> ranking(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        BigDecimal maxTotal = round.toSummary().maxTotal();
        List<RankedNomination> ranked = nominations.findRanked(roundId, RANKED);
        var byNomination = assignments
                .findByNominationIdIn(ranked.stream().map(RankedNomination::id).toList())
                .stream()
                .filter(a -> a.status() != ReviewAssignment.Status.CONFLICT)
                .collect(Collectors.groupingBy(ReviewAssignment::nominationId));
        var names = organizations.findAll(
                ranked.stream().map(RankedNomination::organizationId).collect(Collectors.toSet()));
        var expertIds = byNomination.values().stream()
                .flatMap(List::stream)
                .map(ReviewAssignment::expertId)
                .collect(Collectors.toSet());
        var experts = accounts.findAll(expertIds);
        var fields = pool.fieldsOf(expertIds);
        record Scored(RankedNomination n, List<BigDecimal> totals, int assigned, BigDecimal score) {}
        List<Scored> scored = new ArrayList<>();
        for (RankedNomination n : ranked) {
            var active = byNomination.getOrDefault(n.id(), List.of());
            List<BigDecimal> totals = active.stream()
                    .map(ReviewAssignment::total)
                    .filter(Objects::nonNull)
                    .toList();
            scored.add(new Scored(n, totals, active.size(), Scoring.finalScore(totals)));
        }
        scored.sort(Comparator.comparing(Scored::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.n().id()));
        List<RankingLine> lines = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            lines.add(new RankingLine(
                    i + 1,
                    s.n().id(),
                    s.n().title(),
                    names.get(s.n().organizationId()).name(),
                    s.n().cityCode(),
                    s.n().status(),
                    s.totals(),
                    s.assigned(),
                    s.score(),
                    Scoring.spread(s.totals()),
                    Scoring.largeSpread(s.totals(), maxTotal),
                    s.n().tier(),
                    s.n().departureReason(),
                    byNomination.getOrDefault(s.n().id(), List.of()).stream()
                            .map(a -> new RankingLine.Reviewer(
                                    experts.get(a.expertId()).displayName(),
                                    fields.getOrDefault(a.expertId(), List.of())))
                            .toList()));
        }
        return lines;
    }

    /** The expert's own assignments, newest first; only those of one round when {@code round} is given. */
    public Page<ReviewTask> tasksOf(PortalUser expert, Long round, Pageable pageable) {
        Page<ReviewAssignment> page = round == null
                ? assignments.findByExpertIdOrderByIdDesc(expert.id(), pageable)
                : assignments.findByExpertIdInRound(expert.id(), round, pageable);
        var byId = nominations
                .findAllById(page.map(ReviewAssignment::nominationId).toSet())
                .stream()
                .collect(Collectors.toMap(Nomination::id, n -> n));
        var roundsById =
                rounds
                        .findAllById(
                                byId.values().stream().map(Nomination::roundId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Round::id, r -> r));
        var names = organizations.findAll(
                byId.values().stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        return page.map(a -> task(
                a,
                byId.get(a.nominationId()),
                roundsById.get(byId.get(a.nominationId()).roundId()),
                names.get(byId.get(a.nominationId()).organizationId())));
    }

    public ReviewTask task(long assignmentId, PortalUser expert) {
        ReviewAssignment a = own(assignmentId, expert);
        Nomination n = nominations.findById(a.nominationId()).orElseThrow();
        return task(
                a,
                n,
                rounds.findById(n.roundId()).orElseThrow(),
                organizations.find(n.organizationId()).orElseThrow());
    }

    /** The nomination an expert reviews; only through an assignment that is the expert's own. */
    public long nominationOf(long assignmentId, PortalUser expert) {
        return own(assignmentId, expert).nominationId();
    }

    @Transactional
    public void score(
            long assignmentId, Map<Long, Score> scores, boolean submit, long expectedVersion, PortalUser expert) {
        ReviewAssignment a = own(assignmentId, expert);
        Versions.expect(a.version(), expectedVersion, "review");
        Nomination n = nominations.findById(a.nominationId()).orElseThrow();
        Round round = assigning.inReview(n.roundId());
        a.score(round.criteria(), scores, submit, clock.instant());
    }

    /** The expert withdraws for a conflict of interest (回避); another expert takes the place at once. */
    @Transactional
    public void declareConflict(long assignmentId, String reason, PortalUser expert) {
        ReviewAssignment a = own(assignmentId, expert);
        Nomination n = nominations.findById(a.nominationId()).orElseThrow();
        Round round = assigning.inReview(n.roundId());
        a.declareConflict(reason);
        assigning.replaceWithdrawn(round, n);
    }

    private ReviewAssignment own(long assignmentId, PortalUser expert) {
        return assignments
                .findById(assignmentId)
                .filter(a -> a.expertId() == expert.id())
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
    }

    private static ReviewTask task(ReviewAssignment a, Nomination n, Round round, OrganizationProfile organization) {
        return new ReviewTask(
                a.id(),
                n.id(),
                n.title(),
                organization.name(),
                round.id(),
                round.title(),
                a.status().name(),
                round.criteria().stream().map(Criterion::toLine).toList(),
                Map.copyOf(a.scores()),
                a.total(),
                a.conflictReason(),
                a.version());
    }
}

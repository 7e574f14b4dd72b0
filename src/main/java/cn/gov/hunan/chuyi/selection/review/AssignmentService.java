package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationGroups;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.ReviewAssigned;
import cn.gov.hunan.chuyi.selection.expert.ExpertPool;
import cn.gov.hunan.chuyi.selection.expert.Expertise;
import cn.gov.hunan.chuyi.selection.history.SelectionHistory;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.nomination.NominationMove;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Expert review (专家评审), the department's side: which experts review which nomination, under the conflict rules. */
@Service
@Transactional(readOnly = true)
public class AssignmentService {

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

    AssignmentService(
            AssignmentRepository assignments,
            NominationRepository nominations,
            RoundRepository rounds,
            AccountDirectory accounts,
            OrganizationDirectory organizations,
            OrganizationGroups groups,
            ExpertPool pool,
            ProgramCatalogue programs,
            SelectionHistory history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assignments = assignments;
        this.nominations = nominations;
        this.rounds = rounds;
        this.accounts = accounts;
        this.organizations = organizations;
        this.groups = groups;
        this.pool = pool;
        this.programs = programs;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Every nomination in review with its experts. */
    public List<AssignmentLine> assignmentsOf(long roundId) {
        List<Nomination> inReview = nominations.findByRoundIdAndStatusIn(
                roundId, EnumSet.of(NominationStatus.ELIGIBLE, NominationStatus.UNDER_REVIEW));
        var byNomination = assignments
                .findByNominationIdIn(inReview.stream().map(Nomination::id).toList())
                .stream()
                .collect(Collectors.groupingBy(ReviewAssignment::nominationId));
        var experts = accounts.findAll(byNomination.values().stream()
                .flatMap(List::stream)
                .map(ReviewAssignment::expertId)
                .collect(Collectors.toSet()));
        var names = organizations.findAll(
                inReview.stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        return inReview.stream()
                .sorted(Comparator.comparing(Nomination::id))
                .map(n -> new AssignmentLine(
                        n.id(),
                        n.title(),
                        names.get(n.organizationId()).name(),
                        n.cityCode(),
                        n.status(),
                        byNomination.getOrDefault(n.id(), List.of()).stream()
                                .map(a -> new AssignmentLine.Expert(
                                        a.id(),
                                        a.expertId(),
                                        experts.get(a.expertId()).displayName(),
                                        a.status().name(),
                                        a.conflictReason()))
                                .toList()))
                .toList();
    }

    /** The experts who may review the nomination (no conflict), by lightest load in the round. */
    public List<UserSummary> candidatesFor(long nominationId) {
        Nomination n =
                nominations.findById(nominationId).orElseThrow(() -> new NotFoundException("nomination", nominationId));
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
            NominationStatus from = n.move(NominationMove.START_REVIEW, Role.PROVINCE_ADMIN);
            history.nomination(n, from, admin.getUsername(), HistoryReason.none());
        }
        return fill(round, nominations.findByRoundIdAndStatusIn(roundId, EnumSet.of(NominationStatus.UNDER_REVIEW)));
    }

    /**
     * The same for the nominations a batch selected (eligible or in review, in a round in expert review): an eligible
     * one starts its review, then each gets its number of experts. Returns the experts added.
     */
    @Transactional
    public int autoAssign(Round round, List<Nomination> selected, PortalUser admin) {
        for (Nomination n : selected) {
            if (n.status() == NominationStatus.ELIGIBLE) {
                NominationStatus from = n.move(NominationMove.START_REVIEW, Role.PROVINCE_ADMIN);
                history.nomination(n, from, admin.getUsername(), HistoryReason.key("selection.history.batch"));
            }
        }
        return fill(round, selected);
    }

    private int fill(Round round, List<Nomination> inReview) {
        Map<Long, Long> load = load(round);
        int added = 0;
        for (Nomination n : inReview) {
            long active = assignments.findByNominationId(n.id()).stream()
                    .filter(a -> a.status() != ReviewAssignment.Status.CONFLICT)
                    .count();
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
        Nomination n =
                nominations.findById(nominationId).orElseThrow(() -> new NotFoundException("nomination", nominationId));
        Round round = inReview(n.roundId());
        if (n.status() != NominationStatus.UNDER_REVIEW) {
            throw new ReviewRejected("selection.review.error.notInReview");
        }
        boolean allowed = candidates(round, n, load(round)).stream().anyMatch(e -> e.id() == expertId);
        if (!allowed) {
            throw new ReviewRejected("selection.review.error.conflict");
        }
        add(n, expertId);
    }

    /** Takes an expert off a nomination, as long as the expert has not submitted. */
    @Transactional
    public void unassign(long assignmentId, PortalUser admin) {
        ReviewAssignment a =
                assignments.findById(assignmentId).orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        inReview(nominations.findById(a.nominationId()).orElseThrow().roundId());
        if (a.status() != ReviewAssignment.Status.ASSIGNED) {
            throw new ReviewRejected("selection.review.error.locked");
        }
        assignments.delete(a);
    }

    /** Experts who may review {@code n} ({@link ExpertMatching}), in the order they are proposed. */
    List<UserSummary> candidates(Round round, Nomination n, Map<Long, Long> load) {
        Set<Long> already = assignments.findByNominationId(n.id()).stream()
                .map(ReviewAssignment::expertId)
                .collect(Collectors.toSet());
        var matching = new ExpertMatching(
                n.organizationId(),
                n.cityCode(),
                round.excludeSameCity(),
                groups.partnersOf(n.organizationId()),
                already);
        List<UserSummary> experts = accounts.withRole(Role.EXPERT);
        Map<Long, OrganizationProfile> homes = organizations.findAll(experts.stream()
                .map(UserSummary::organizationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<String> texts = Expertise.textsOf(programs.nameZh(round.programCode()), n);
        Map<Long, List<String>> fields =
                pool.fieldsOf(experts.stream().map(UserSummary::id).toList());
        return matching.candidates(experts, homes, fields, texts, load);
    }

    /** After an expert withdrew for a conflict, the first candidate takes the place at once. */
    void replaceWithdrawn(Round round, Nomination n) {
        assignments.flush();
        candidates(round, n, load(round)).stream().findFirst().ifPresent(replacement -> add(n, replacement.id()));
    }

    /** Active assignments per expert in the round. */
    Map<Long, Long> load(Round round) {
        var ids = nominations.findByRoundIdOrderById(round.id()).stream()
                .map(Nomination::id)
                .toList();
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

    Round inReview(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        if (!round.status().inExpertReview()) {
            throw new ReviewRejected("selection.review.error.roundNotInReview");
        }
        return round;
    }
}

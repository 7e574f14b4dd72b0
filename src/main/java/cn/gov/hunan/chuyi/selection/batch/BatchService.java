package cn.gov.hunan.chuyi.selection.batch;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.history.SelectionHistory;
import cn.gov.hunan.chuyi.selection.nomination.CityLimit;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.nomination.SelectionAccess;
import cn.gov.hunan.chuyi.selection.review.AssignmentService;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch work on the nomination list: what a batch would do ({@link #plan}) and doing it ({@link #apply}), in one
 * transaction: every selected nomination it may change moves through {@code NominationMove} with its history line,
 * the others are reported with their reason, and anything unexpected rolls the whole batch back.
 *
 * <p>Statements: the plan reads the selection in four (nominations, rounds, organisations, the cities' places);
 * applying adds per changed nomination its update, its history line and what its notification writes; assigning
 * experts adds per nomination the reads of the conflict rules ({@code AssignmentService.candidates}) and one insert
 * per expert.
 */
@Service
@Transactional(readOnly = true)
public class BatchService {

    /** A batch names at most this many nominations (the list's longest page is 100). */
    static final int MAX_SELECTED = 500;

    static final int MAX_REASON = 2000;

    private final NominationRepository nominations;
    private final RoundRepository rounds;
    private final OrganizationDirectory organizations;
    private final SelectionAccess access;
    private final SelectionHistory history;
    private final AssignmentService assigning;
    private final Clock clock;

    BatchService(
            NominationRepository nominations,
            RoundRepository rounds,
            OrganizationDirectory organizations,
            SelectionAccess access,
            SelectionHistory history,
            AssignmentService assigning,
            Clock clock) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.organizations = organizations;
        this.access = access;
        this.history = history;
        this.assigning = assigning;
        this.clock = clock;
    }

    /** What the batch would change and what it would leave; nothing is written. */
    public BatchPlan plan(BatchAction action, Collection<Long> ids, String reason, PortalUser viewer) {
        Set<Long> selected = checked(action, ids, reason, viewer);
        return plan(action, selected, Text.blankToNull(reason), viewer, nominations.findAllById(selected));
    }

    /** Applies the batch: the plan again, on the locked rows, then every change it names, all or nothing. */
    @Transactional
    public BatchPlan apply(BatchAction action, Collection<Long> ids, String reason, PortalUser viewer) {
        Set<Long> selected = checked(action, ids, reason, viewer);
        String typed = Text.blankToNull(reason);
        List<Nomination> locked = nominations.lockAllById(selected);
        BatchPlan plan = plan(action, selected, typed, viewer, locked);
        Map<Long, Nomination> byId = locked.stream().collect(Collectors.toMap(Nomination::id, Function.identity()));
        List<Nomination> changing =
                plan.changes().stream().map(l -> byId.get(l.id())).toList();
        if (action == BatchAction.ASSIGN_EXPERTS) {
            Map<Long, List<Nomination>> byRound = changing.stream()
                    .collect(Collectors.groupingBy(Nomination::roundId, LinkedHashMap::new, Collectors.toList()));
            for (var round : rounds.findAllById(byRound.keySet())) {
                assigning.autoAssign(round, byRound.get(round.id()), viewer);
            }
        } else {
            HistoryReason why =
                    typed == null ? HistoryReason.key("selection.history.batch") : HistoryReason.typed(typed);
            for (Nomination n : changing) {
                NominationStatus from = n.move(action.move(), action.role());
                history.nomination(n, from, viewer.getUsername(), why);
            }
        }
        return plan;
    }

    private BatchPlan plan(
            BatchAction action, Set<Long> selected, String reason, PortalUser viewer, List<Nomination> found) {
        Map<Long, Nomination> byId = found.stream().collect(Collectors.toMap(Nomination::id, Function.identity()));
        Set<Long> roundIds = found.stream().map(Nomination::roundId).collect(Collectors.toSet());
        Map<Long, Round> roundsById = roundIds.isEmpty()
                ? Map.of()
                : rounds.findAllById(roundIds).stream().collect(Collectors.toMap(Round::id, Function.identity()));
        Map<Long, OrganizationProfile> names = organizations.findAll(
                found.stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        Map<String, Long> counted = new HashMap<>();
        if (action == BatchAction.RECOMMEND && !roundIds.isEmpty()) {
            for (Object[] row : nominations.countByCity(roundIds, CityLimit.COUNTED)) {
                counted.put(BatchRules.cityKey((Long) row[0], (String) row[1]), (Long) row[2]);
            }
        }
        Instant now = clock.instant();
        List<BatchRules.Facts> facts = new ArrayList<>();
        for (long id : selected) {
            Nomination n = byId.get(id);
            if (n == null || !access.maySee(viewer, n)) {
                facts.add(new BatchRules.Facts(id, null, null, null, false, false, 0, null, null));
                continue;
            }
            Round round = roundsById.get(n.roundId());
            facts.add(new BatchRules.Facts(
                    id,
                    n.title(),
                    names.containsKey(n.organizationId())
                            ? names.get(n.organizationId()).name()
                            : "",
                    n.status(),
                    true,
                    access.isOwnCity(viewer, n),
                    n.roundId(),
                    n.cityCode(),
                    new BatchRules.RoundFacts(round.status(), round.acceptsCityActions(now), round.cityLimit())));
        }
        return BatchRules.plan(action, reason, facts, counted);
    }

    /** The whole batch is refused, before anything is read, for a role that does not make the move or no reason. */
    private static Set<Long> checked(BatchAction action, Collection<Long> ids, String reason, PortalUser viewer) {
        if (action == null || !viewer.has(action.role())) {
            throw new BatchRejected("selection.batch.error.action");
        }
        Set<Long> selected = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        if (selected.isEmpty()) {
            throw new BatchRejected("selection.batch.error.none");
        }
        if (selected.size() > MAX_SELECTED) {
            throw new BatchRejected("selection.batch.error.tooMany", MAX_SELECTED);
        }
        if (action.needsReason() && Text.isBlank(reason)) {
            throw new BatchRejected("selection.error.reasonRequired").at("reason");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new BatchRejected("selection.batch.error.reasonTooLong", MAX_REASON).at("reason");
        }
        return selected;
    }
}

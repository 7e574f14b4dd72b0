package cn.gov.hunan.chuyi.selection.batch;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.history.SelectionHistory;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.nomination.NominationMove;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.nomination.SelectionAccess;
import cn.gov.hunan.chuyi.selection.review.AssignmentService;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Experts assigned by an uploaded sheet (nomination × expert): every row is checked first — the nomination exists,
 * is the viewer's to see, is eligible or in review in a round in expert review; the expert is in the pool and has no
 * conflict with it — and a sheet with any problem is refused with each row and column, changing nothing. A clean
 * sheet starts the review of its eligible nominations and adds every expert, in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class BatchAssignments {

    private final NominationRepository nominations;
    private final RoundRepository rounds;
    private final AccountDirectory accounts;
    private final SelectionAccess access;
    private final AssignmentService assigning;
    private final SelectionHistory history;

    BatchAssignments(
            NominationRepository nominations,
            RoundRepository rounds,
            AccountDirectory accounts,
            SelectionAccess access,
            AssignmentService assigning,
            SelectionHistory history) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.accounts = accounts;
        this.access = access;
        this.assigning = assigning;
        this.history = history;
    }

    /** Applies the sheet and returns the experts added, or refuses it whole with {@link AssignmentSheetRejected}. */
    @Transactional
    public int apply(InputStream sheet, PortalUser admin) {
        var reading = AssignmentSheet.read(sheet);
        List<AssignmentSheet.Problem> problems = new ArrayList<>(reading.problems());
        Map<String, UserSummary> experts = accounts.withRole(Role.EXPERT).stream()
                .collect(Collectors.toMap(UserSummary::username, Function.identity(), (a, b) -> a));
        Set<Long> ids = reading.lines().stream()
                .map(AssignmentSheet.Line::nominationId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, Nomination> byId = ids.isEmpty()
                ? Map.of()
                : nominations.lockAllById(ids).stream().collect(Collectors.toMap(Nomination::id, Function.identity()));
        Map<Long, Round> roundsById =
                rounds
                        .findAllById(
                                byId.values().stream().map(Nomination::roundId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Round::id, Function.identity()));
        Map<Long, Set<Long>> candidates = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (var line : reading.lines()) {
            String id = String.valueOf(line.nominationId());
            Nomination n = byId.get(line.nominationId());
            if (n == null || !access.maySee(admin, n)) {
                problems.add(new AssignmentSheet.Problem(line.row(), "A", "selection.batch.sheet.nomination", id));
                continue;
            }
            if (n.status() != NominationStatus.ELIGIBLE && n.status() != NominationStatus.UNDER_REVIEW) {
                problems.add(new AssignmentSheet.Problem(line.row(), "A", "selection.batch.sheet.state", id));
                continue;
            }
            if (!roundsById.get(n.roundId()).status().inExpertReview()) {
                problems.add(new AssignmentSheet.Problem(line.row(), "A", "selection.batch.sheet.notInReview", id));
                continue;
            }
            UserSummary expert = experts.get(line.expert());
            if (expert == null) {
                problems.add(
                        new AssignmentSheet.Problem(line.row(), "B", "selection.batch.sheet.expert", line.expert()));
                continue;
            }
            Set<Long> allowed = candidates.computeIfAbsent(
                    n.id(),
                    x -> assigning.candidatesFor(x).stream()
                            .map(UserSummary::id)
                            .collect(Collectors.toSet()));
            if (!pairs.add(n.id() + ":" + expert.id()) || !allowed.contains(expert.id())) {
                problems.add(
                        new AssignmentSheet.Problem(line.row(), "B", "selection.batch.sheet.conflict", line.expert()));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssignmentSheetRejected(problems);
        }
        for (Nomination n : byId.values()) {
            if (n.status() == NominationStatus.ELIGIBLE) {
                NominationStatus from = n.move(NominationMove.START_REVIEW, Role.PROVINCE_ADMIN);
                history.nomination(n, from, admin.getUsername(), HistoryReason.key("selection.history.batch"));
            }
        }
        for (var line : reading.lines()) {
            assigning.assign(line.nominationId(), experts.get(line.expert()).id(), admin);
        }
        return reading.lines().size();
    }
}

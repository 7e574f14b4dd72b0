package cn.gov.hunan.chuyi.selection.decision;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.history.SelectionHistory;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.nomination.NominationMove;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.review.RankingLine;
import cn.gov.hunan.chuyi.selection.review.ReviewService;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundMove;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision (审定): selects up to the quota in the order of the ranking. The quota is held by the
 * database (a check constraint on the round's selected count), so two people deciding at the same moment
 * can never select more than the quota together.
 */
@Service
public class DecisionService {

    private final RoundRepository rounds;
    private final NominationRepository nominations;
    private final ReviewService reviews;
    private final SelectionHistory history;
    private final ProgramCatalogue programs;
    private final Clock clock;

    DecisionService(
            RoundRepository rounds,
            NominationRepository nominations,
            ReviewService reviews,
            SelectionHistory history,
            ProgramCatalogue programs,
            Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.nominations = nominations;
        this.reviews = reviews;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Records the decision.
     *
     * @throws DecisionRejected when the round is not in review, the meeting is missing, more than
     *     the quota is selected, a departure from rank order has no reason, or a nomination is not in review
     */
    @Transactional
    public void decide(long roundId, Decision decision, long expectedVersion, PortalUser admin) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        Versions.expect(round.version(), expectedVersion, "round");
        if (decision.meeting() == null || decision.meeting().isBlank() || decision.meetingDate() == null) {
            throw new DecisionRejected("selection.decision.error.meeting");
        }
        if (decision.selected().size() > round.quota()) {
            throw new DecisionRejected("selection.decision.error.quota", round.quota());
        }
        List<RankingLine> ranking = reviews.ranking(roundId).stream()
                .filter(l -> l.status() == NominationStatus.UNDER_REVIEW)
                .toList();
        checkSelection(ranking, decision);
        checkPerOrganization(round, ranking, decision);
        List<Nomination> chosen = new ArrayList<>();
        for (RankingLine line : ranking) {
            Nomination n = nominations.findById(line.nominationId()).orElseThrow();
            boolean selected = decision.selected().contains(n.id());
            var move = selected ? NominationMove.SELECT : NominationMove.NOT_SELECT;
            NominationStatus from = n.move(move, Role.PROVINCE_ADMIN);
            n.recordDecision(
                    line.finalScore(),
                    line.rank(),
                    selected ? Text.blankToNull(decision.tiers().get(n.id())) : null,
                    selected ? Text.blankToNull(decision.departureReasons().get(n.id())) : null);
            history.nomination(n, from, admin.getUsername(), HistoryReason.none());
            if (selected) {
                chosen.add(n);
            }
        }
        // one slot of the quota per selected nomination; the database refuses the one too many
        chosen.forEach(n -> takeSlot(roundId));
        round.recordDecision(
                decision.meeting().strip(), decision.meetingDate(), Text.blankToNull(decision.minutesReference()));
        RoundStatus from = round.move(RoundMove.DECIDE, Role.PROVINCE_ADMIN, clock.instant());
        history.round(round, from, admin.getUsername(), decision.meeting().strip());
    }

    /** The top-N of a ranking, as the decision form proposes it. */
    public static List<Long> proposal(List<RankingLine> ranking, int quota) {
        return ranking.stream()
                .filter(l -> l.status() == NominationStatus.UNDER_REVIEW && l.finalScore() != null)
                .limit(quota)
                .map(RankingLine::nominationId)
                .toList();
    }

    private void takeSlot(long roundId) {
        try {
            rounds.takeQuotaSlot(roundId);
        } catch (DataIntegrityViolationException quotaFull) {
            throw new DecisionRejected("selection.decision.error.quotaTaken");
        }
    }

    /**
     * No organisation is selected for more designations than the programme still lets it receive: what it holds
     * plus what this decision gives it stays within the programme's limit per organisation.
     */
    private void checkPerOrganization(Round round, List<RankingLine> ranking, Decision decision) {
        Map<Long, Long> selectedPerOrganization = new HashMap<>();
        for (RankingLine line : ranking) {
            if (decision.selected().contains(line.nominationId())) {
                long organization =
                        nominations.findById(line.nominationId()).orElseThrow().organizationId();
                selectedPerOrganization.merge(organization, 1L, Long::sum);
            }
        }
        selectedPerOrganization.forEach((organization, selected) -> {
            Long left = programs.designationsLeft(round.programCode(), organization);
            if (left != null && selected > left) {
                throw new DecisionRejected(
                        "selection.decision.error.perOrganization",
                        programs.get(round.programCode()).perOrganizationLimit());
            }
        });
    }

    /** Every selected nomination ranked below one that was passed over needs a written reason. */
    private static void checkSelection(List<RankingLine> ranking, Decision decision) {
        var inReview = ranking.stream().map(RankingLine::nominationId).toList();
        for (Long id : decision.selected()) {
            if (!inReview.contains(id)) {
                throw new DecisionRejected("selection.decision.error.notInReview");
            }
        }
        boolean passedOver = false;
        for (RankingLine line : ranking) {
            boolean selected = decision.selected().contains(line.nominationId());
            if (!selected) {
                passedOver = true;
            } else if (passedOver && Text.isBlank(decision.departureReasons().get(line.nominationId()))) {
                throw new DecisionRejected("selection.decision.error.departure", line.rank());
            }
            if (selected && line.finalScore() == null) {
                throw new DecisionRejected("selection.decision.error.unscored", line.rank());
            }
        }
    }
}

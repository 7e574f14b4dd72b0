package cn.gov.hunan.chuyi.selection.decision;

import cn.gov.hunan.chuyi.selection.review.RankingLine;
import cn.gov.hunan.chuyi.selection.round.RoundMove;
import cn.gov.hunan.chuyi.selection.round.RoundSummary;
import java.util.List;

/**
 * The ranking page: the round, its ranking, the top of it the decision form proposes, and whether the decision may be
 * recorded now (the round's table allows {@link RoundMove#DECIDE} from its state).
 */
public record RankingPage(RoundSummary round, List<RankingLine> ranking, List<Long> proposal, boolean mayDecide) {

    static RankingPage of(RoundSummary round, List<RankingLine> ranking) {
        return new RankingPage(
                round,
                ranking,
                DecisionService.proposal(ranking, round.quota()),
                RoundMove.DECIDE.allowedFrom(round.status()));
    }
}

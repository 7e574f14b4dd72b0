package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.publicity.ObjectionService;
import cn.gov.hunan.chuyi.selection.publicity.ObjectionView;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.util.List;
import java.util.Map;

/**
 * A round's page for one viewer: the round, its nominations by state, its history, the objections (province staff
 * only), and what the viewer may do: the moves the table offers ({@link RoundMoves}) and the links to the pages that
 * are open in the round's state.
 *
 * @param mayManage the viewer runs rounds (the actions card)
 * @param mayEdit the set-up may still change ({@link RoundStatus#editable})
 * @param mayAssign experts are being assigned ({@link RoundStatus#inExpertReview})
 * @param mayRank the ranking exists ({@link RoundStatus#hasRanking})
 * @param reminders how many reminders of the round's deadlines were sent (已催办 N 次; the drafts' own not included)
 * @param mayChangeBlindReview the blind setting may still change on its own: the round is neither closed nor
 *     cancelled and no expert has scored ({@link RoundService#changeBlindReview})
 */
public record RoundPage(
        RoundSummary round,
        ProgramSummary program,
        List<HistoryLine> history,
        Map<NominationStatus, Long> counts,
        ObjectionService.Closing closing,
        RoundMoves moves,
        List<ObjectionView> objections,
        boolean mayManage,
        boolean mayEdit,
        boolean mayAssign,
        boolean mayRank,
        int reminders,
        boolean mayChangeBlindReview) {

    static RoundPage of(
            RoundSummary round,
            ProgramSummary program,
            List<HistoryLine> history,
            Map<NominationStatus, Long> counts,
            ObjectionService.Closing closing,
            List<ObjectionView> objections,
            int reminders,
            boolean scored,
            PortalUser viewer) {
        boolean department = viewer.has(Role.PROVINCE_ADMIN);
        RoundStatus status = round.status();
        return new RoundPage(
                round,
                program,
                history,
                counts,
                closing,
                RoundMoves.of(round, closing, counts, viewer),
                objections,
                department,
                department && status.editable(),
                department && status.inExpertReview(),
                department && status.hasRanking(),
                reminders,
                department && blindSettingOpen(status) && !scored);
    }

    /** The steps at which the blind setting may change, scores allowing. */
    static boolean blindSettingOpen(RoundStatus status) {
        return status != RoundStatus.CLOSED && status != RoundStatus.CANCELLED;
    }
}

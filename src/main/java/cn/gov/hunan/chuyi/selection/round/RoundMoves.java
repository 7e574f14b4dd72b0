package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.publicity.ObjectionService;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moves the department may make on a round's page now (the page asks, it does not decide): the everyday steps,
 * the ones that end something (shown apart, in the danger section), and what each would do, for its confirmation.
 * Closing waits for the end of the publicity period and for every objection's disposition.
 *
 * @param steps the everyday moves
 * @param ending the moves that end something: closing the window early, closing the round, cancelling it
 * @param consequences per move: {0} the round's title, {1} the nominations it concerns (to be designated on closing
 *     or shown on publicity: the selected ones; still in play on cancelling), {2} when the window was to close
 */
record RoundMoves(List<String> steps, List<String> ending, Map<String, Object[]> consequences) {

    private static final Set<RoundMove> ENDING =
            EnumSet.of(RoundMove.CLOSE_NOMINATIONS, RoundMove.CLOSE_ROUND, RoundMove.CANCEL);

    /** The counts are read once per page, not once per move. */
    static RoundMoves of(
            RoundSummary round,
            ObjectionService.Closing closing,
            Map<NominationStatus, Long> counts,
            PortalUser viewer) {
        List<RoundMove> allowed = Arrays.stream(RoundMove.values())
                .filter(m ->
                        m.allowedFrom(round.status()) && viewer.roles().stream().anyMatch(m::mayBeMadeBy))
                .filter(m -> m != RoundMove.DECIDE)
                .filter(m -> m != RoundMove.CLOSE_ROUND || closing == null || closing.mayClose())
                .toList();
        Map<String, Object[]> consequences = new HashMap<>();
        for (RoundMove move : RoundMove.values()) {
            consequences.put(move.name(), consequence(round, move, counts));
        }
        return new RoundMoves(
                allowed.stream()
                        .filter(m -> !ENDING.contains(m))
                        .map(Enum::name)
                        .toList(),
                allowed.stream().filter(ENDING::contains).map(Enum::name).toList(),
                consequences);
    }

    static Object[] consequence(RoundSummary round, RoundMove move, Map<NominationStatus, Long> counts) {
        long concerned = switch (move) {
            case START_PUBLICITY, CLOSE_ROUND -> counts.getOrDefault(NominationStatus.SELECTED, 0L);
            default ->
                counts.entrySet().stream()
                        .filter(e -> e.getKey() != NominationStatus.WITHDRAWN && e.getKey() != NominationStatus.DRAFT)
                        .mapToLong(Map.Entry::getValue)
                        .sum();
        };
        return new Object[] {
            round.title(), concerned, round.closesLocal().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
        };
    }
}

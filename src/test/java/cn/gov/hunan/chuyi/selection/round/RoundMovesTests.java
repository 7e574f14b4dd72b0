package cn.gov.hunan.chuyi.selection.round;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.Viewers;
import cn.gov.hunan.chuyi.selection.publicity.ObjectionService;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the round's page offers: everyday steps apart from the moves that end something, closing only when allowed. */
class RoundMovesTests {

    private static RoundSummary round(RoundStatus status) {
        Instant t = Instant.parse("2026-12-01T02:00:00Z");
        return new RoundSummary(
                1,
                "CULTURE_BASE",
                2026,
                "文化传承基地遴选",
                status,
                10,
                null,
                2,
                null,
                t,
                t,
                t,
                t,
                7,
                t,
                t,
                3,
                false,
                null,
                null,
                null,
                Set.of(),
                List.of(),
                0,
                1,
                true);
    }

    private static final Map<NominationStatus, Long> COUNTS = Map.of(
            NominationStatus.SELECTED,
            2L,
            NominationStatus.SUBMITTED,
            3L,
            NominationStatus.DRAFT,
            4L,
            NominationStatus.WITHDRAWN,
            1L);

    @Test
    void closingIsOfferedOnlyOnceThePeriodIsOverAndNoObjectionIsOpen() {
        var running = new ObjectionService.Closing(false, LocalDateTime.of(2026, 12, 8, 10, 0), false, 0);
        assertThat(RoundMoves.of(round(RoundStatus.PUBLICITY), running, COUNTS, Viewers.province())
                        .ending())
                .doesNotContain("CLOSE_ROUND");
        var over = new ObjectionService.Closing(true, LocalDateTime.of(2026, 12, 8, 10, 0), true, 0);
        assertThat(RoundMoves.of(round(RoundStatus.PUBLICITY), over, COUNTS, Viewers.province())
                        .ending())
                .contains("CLOSE_ROUND");
    }

    @Test
    void theMovesThatEndSomethingStandApartAndNameWhatTheyConcern() {
        var moves = RoundMoves.of(round(RoundStatus.OPEN), null, COUNTS, Viewers.province());
        assertThat(moves.ending()).contains("CLOSE_NOMINATIONS", "CANCEL");
        assertThat(moves.steps()).doesNotContain("CLOSE_NOMINATIONS", "CANCEL", "CLOSE_ROUND");
        assertThat(moves.consequences().get("CLOSE_ROUND"))
                .as("the selected ones are designated")
                .containsSequence("文化传承基地遴选", 2L);
        assertThat(moves.consequences().get("CANCEL"))
                .as("what is still in play: neither drafts nor withdrawn")
                .containsSequence("文化传承基地遴选", 5L);
    }

    @Test
    void nobodyButTheDepartmentIsOfferedAMove() {
        for (var viewer : List.of(Viewers.city("430100"), Viewers.school(2), Viewers.expert())) {
            var moves = RoundMoves.of(round(RoundStatus.OPEN), null, COUNTS, viewer);
            assertThat(moves.steps()).isEmpty();
            assertThat(moves.ending()).isEmpty();
        }
    }
}

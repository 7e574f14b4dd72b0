package cn.gov.hunan.chuyi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryReasonTests {

    /** A history entity of no module, to see what a line keeps. */
    static final class Entry extends HistoryEntry {
        Entry(HistoryReason reason) {
            super("A", "B", "张三", reason, Instant.parse("2026-12-01T02:00:00Z"));
        }

        Entry(String typed) {
            super("A", "B", "张三", typed, Instant.parse("2026-12-01T02:00:00Z"));
        }
    }

    @Test
    void typedWordsAreKeptAsTypedEvenWhenTheyLookLikeAKey() {
        HistoryLine line = new Entry("selection.round.error.transition").toLine();

        assertThat(line.reason()).isEqualTo("selection.round.error.transition");
        assertThat(line.reasonKey()).isNull();
        assertThat(line.reasonForAudit()).isEqualTo("selection.round.error.transition");
    }

    @Test
    void blankTypedWordsAreNoReason() {
        HistoryLine line = new Entry("   ").toLine();

        assertThat(line.reason()).isNull();
        assertThat(line.reasonForAudit()).isNull();
    }

    @Test
    void aReasonThePortalGivesKeepsItsKeyAndArgumentsForEachReadersLanguage() {
        HistoryLine line = new Entry(HistoryReason.key("selection.history.windowClosed", "第一批", 3)).toLine();

        assertThat(line.reason()).isNull();
        assertThat(line.reasonKey()).isEqualTo("selection.history.windowClosed");
        assertThat(line.reasonArguments()).containsExactly("第一批", "3");
        assertThat(line.reasonArgumentArray()).containsExactly("第一批", "3");
        assertThat(line.reasonForAudit()).isEqualTo("selection.history.windowClosed [第一批, 3]");
        assertThat(line.at()).isEqualTo("2026-12-01T10:00");
    }

    @Test
    void argumentsSurviveTheColumnEvenWhenEmptyOrWithCommas() {
        HistoryReason reason = HistoryReason.key("k", "a, b", "", "c");

        assertThat(HistoryReason.split(reason.joinedArguments())).containsExactly("a, b", "", "c");
        assertThat(HistoryReason.split(HistoryReason.key("k").joinedArguments()))
                .isEqualTo(List.of());
    }

    @Test
    void aKeyIsRequired() {
        assertThatThrownBy(() -> HistoryReason.key(null)).isInstanceOf(NullPointerException.class);
    }
}

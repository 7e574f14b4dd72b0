package cn.gov.hunan.chuyi.supervision.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rectification state machine and the overdue rule. */
class FindingTests {

    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    private static Finding finding() {
        return new Finding(1, "类别", Severity.SERIOUS, "描述", "431300", null, DEADLINE, "inspector1", Instant.now());
    }

    @Test
    void anAnswerThenAcceptanceClosesTheItem() {
        var f = finding();
        assertThat(f.answer(Role.CITY_OFFICER, "已整改", Instant.now())).isEqualTo(FindingStatus.OPEN);
        assertThat(f.status()).isEqualTo(FindingStatus.ANSWERED);
        assertThat(f.review(Role.INSPECTOR, true, null, DEADLINE)).isEqualTo(FindingStatus.ANSWERED);
        assertThat(f.status()).as("accepted, waiting for the sign-off").isEqualTo(FindingStatus.ACCEPTED);
        assertThatThrownBy(() -> f.answer(Role.CITY_OFFICER, "again", Instant.now()))
                .hasMessage("supervision.finding.error.state");
    }

    @Test
    void aRejectionNeedsACommentAndSendsTheItemBack() {
        var f = finding();
        f.answer(Role.CITY_OFFICER, "已整改", Instant.now());
        assertThatThrownBy(() -> f.review(Role.INSPECTOR, false, " ", DEADLINE))
                .hasMessage("supervision.finding.error.comment");
        f.review(Role.INSPECTOR, false, "材料不全", DEADLINE);
        assertThat(f.status()).isEqualTo(FindingStatus.REJECTED);
        f.answer(Role.CITY_OFFICER, "补充材料", Instant.now());
        assertThat(f.status()).isEqualTo(FindingStatus.ANSWERED);
    }

    @Test
    void onlyAnAnsweredItemCanBeVerifiedAndAnAnswerNeedsWords() {
        var f = finding();
        assertThatThrownBy(() -> f.review(Role.INSPECTOR, true, null, DEADLINE))
                .hasMessage("supervision.finding.error.state");
        assertThatThrownBy(() -> f.answer(Role.CITY_OFFICER, "", Instant.now()))
                .hasMessage("supervision.finding.error.answer");
    }

    @Test
    void anItemIsOverdueOnlyAfterItsDeadlineWithoutAnAnswerAndOnlyOnce() {
        var f = finding();
        assertThat(f.markOverdueIfDue(DEADLINE)).as("on the deadline day").isFalse();
        assertThat(f.markOverdueIfDue(DEADLINE.plusDays(1))).isTrue();
        assertThat(f.overdue()).isTrue();
        assertThat(f.markOverdueIfDue(DEADLINE.plusDays(2))).as("second run").isFalse();
        f.answer(Role.CITY_OFFICER, "已整改", Instant.now());
        assertThat(f.overdue()).as("an answer clears the flag").isFalse();
        assertThat(f.markOverdueIfDue(DEADLINE.plusDays(3)))
                .as("answered items are not overdue")
                .isFalse();
    }
}

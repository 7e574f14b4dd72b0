package cn.gov.hunan.chuyi.supervision.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a bulletin counts a task's rectification items: open is everything not closed, overdue a part of open. */
class YearItemsTests {

    @Test
    void everyStateButClosedIsOpenAndOnlyOpenItemsCountAsOverdue() {
        YearItems.Tally tally = YearItems.Tally.NONE
                .plus(FindingStatus.OPEN, true)
                .plus(FindingStatus.OPEN, false)
                .plus(FindingStatus.ANSWERED, false)
                .plus(FindingStatus.REJECTED, true)
                .plus(FindingStatus.CLOSED, false)
                // a flag left over on a closed item (the job never clears it) is not an overdue item
                .plus(FindingStatus.CLOSED, true);

        assertThat(tally).isEqualTo(new YearItems.Tally(4, 2, 2));
        assertThat(tally.total()).isEqualTo(6);
    }

    @Test
    void aTaskWithoutItemsCountsNothing() {
        assertThat(YearItems.Tally.NONE).isEqualTo(new YearItems.Tally(0, 0, 0));
        for (FindingStatus status : FindingStatus.values()) {
            YearItems.Tally one = YearItems.Tally.NONE.plus(status, false);
            assertThat(one.total()).as(status.name()).isEqualTo(1);
            assertThat(one.closed()).as(status.name()).isEqualTo(status == FindingStatus.CLOSED ? 1 : 0);
        }
    }
}

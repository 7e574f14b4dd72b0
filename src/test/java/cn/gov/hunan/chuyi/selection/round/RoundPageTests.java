package cn.gov.hunan.chuyi.selection.round;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.selection.Viewers;
import cn.gov.hunan.chuyi.selection.publicity.ObjectionService;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a round's page offers each viewer in each state. */
class RoundPageTests {

    private static RoundPage page(RoundStatus status, PortalUser viewer) {
        return RoundPage.of(
                Rounds.in(status).toSummary(), null, List.of(), Map.of(), null, List.of(), 0, false, viewer);
    }

    @ParameterizedTest
    @EnumSource(RoundStatus.class)
    void theDepartmentEditsAssignsAndRanksInTheStatesThatAllowIt(RoundStatus status) {
        var page = page(status, Viewers.province());
        assertThat(page.mayManage()).isTrue();
        assertThat(page.mayEdit())
                .isEqualTo(EnumSet.of(RoundStatus.DRAFT, RoundStatus.OPEN).contains(status));
        assertThat(page.mayAssign()).isEqualTo(status == RoundStatus.EXPERT_REVIEW);
        assertThat(page.mayRank())
                .isEqualTo(EnumSet.of(
                                RoundStatus.EXPERT_REVIEW,
                                RoundStatus.DECIDED,
                                RoundStatus.PUBLICITY,
                                RoundStatus.CLOSED)
                        .contains(status));
        assertThat(page.moves().steps()).doesNotContain("DECIDE");
    }

    @ParameterizedTest
    @EnumSource(RoundStatus.class)
    void everyoneElseOnlyReadsTheRound(RoundStatus status) {
        for (PortalUser viewer : List.of(Viewers.city("430100"), Viewers.school(2), Viewers.expert())) {
            var page = page(status, viewer);
            assertThat(page.mayManage() || page.mayEdit() || page.mayAssign() || page.mayRank())
                    .isFalse();
            assertThat(page.moves().steps()).isEmpty();
            assertThat(page.moves().ending()).isEmpty();
        }
    }

    @Test
    void aRoundInPublicityOffersClosingOnlyWhenThePeriodIsOverAndNoObjectionIsOpen() {
        var round = Rounds.inPublicity().toSummary();
        var open = new ObjectionService.Closing(false, null, true, 1);
        assertThat(RoundPage.of(round, null, List.of(), Map.of(), open, List.of(), 0, false, Viewers.province())
                        .moves()
                        .ending())
                .containsExactly("CANCEL");
    }
}

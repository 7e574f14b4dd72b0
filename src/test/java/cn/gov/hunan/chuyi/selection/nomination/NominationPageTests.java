package cn.gov.hunan.chuyi.selection.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.Viewers;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.selection.round.Rounds;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a nomination's page offers each viewer: exactly the moves the table and the round's state allow. */
class NominationPageTests {

    private static NominationPage page(NominationStatus status, RoundStatus round, PortalUser viewer) {
        var nomination = Nominations.in(status).toView("湖南工业职业技术学院");
        return NominationPage.of(
                nomination,
                Rounds.in(round).toSummary(),
                NominationContent.FieldSet.SCHOOL,
                List.of(),
                List.of(),
                viewer);
    }

    @ParameterizedTest
    @EnumSource(NominationStatus.class)
    void theOwnSchoolEditsSubmitsAndWithdrawsExactlyWhenTheTableLetsIt(NominationStatus status) {
        var page = page(status, RoundStatus.OPEN, Viewers.school(Nominations.ORGANIZATION));
        assertThat(page.ownSchool()).isTrue();
        assertThat(page.mayEdit()).isEqualTo(status == NominationStatus.DRAFT || status == NominationStatus.RETURNED);
        assertThat(page.maySubmit()).isEqualTo(NominationMove.SUBMIT.allowedFrom(status));
        assertThat(page.mayWithdraw()).isEqualTo(NominationMove.WITHDRAW.allowedFrom(status));
        assertThat(page.mayCityAct() || page.mayJudgeEligibility() || page.mayReadScore())
                .isFalse();
    }

    @Test
    void anotherSchoolIsOfferedNothing() {
        var page = page(NominationStatus.DRAFT, RoundStatus.OPEN, Viewers.school(Nominations.ORGANIZATION + 1));
        assertThat(page.ownSchool() || page.mayEdit() || page.maySubmit() || page.mayWithdraw())
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(NominationStatus.class)
    void theCityActsOnlyOnSubmittedNominations(NominationStatus status) {
        var page = page(status, RoundStatus.OPEN, Viewers.city(Nominations.CITY));
        assertThat(page.mayCityAct()).isEqualTo(status == NominationStatus.SUBMITTED);
        assertThat(page.mayEdit() || page.maySubmit() || page.mayWithdraw() || page.mayJudgeEligibility())
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(RoundStatus.class)
    void theDepartmentJudgesEligibilityOnlyWhileTheRoundChecksIt(RoundStatus round) {
        var page = page(NominationStatus.RECOMMENDED, round, Viewers.province());
        boolean checking = round == RoundStatus.CITY_REVIEW || round == RoundStatus.EXPERT_REVIEW;
        assertThat(page.mayMarkEligible()).isEqualTo(checking);
        assertThat(page.mayMarkIneligible()).isEqualTo(checking);
        assertThat(page.mayReadScore()).isTrue();
    }

    @Test
    void anEligibleNominationMayOnlyBeFoundIneligibleAndTheOtherWayRound() {
        var eligible = page(NominationStatus.ELIGIBLE, RoundStatus.CITY_REVIEW, Viewers.province());
        assertThat(eligible.mayMarkEligible()).isFalse();
        assertThat(eligible.mayMarkIneligible()).isTrue();
        var ineligible = page(NominationStatus.INELIGIBLE, RoundStatus.CITY_REVIEW, Viewers.province());
        assertThat(ineligible.mayMarkEligible()).isTrue();
        assertThat(ineligible.mayMarkIneligible()).isFalse();
        assertThat(page(NominationStatus.UNDER_REVIEW, RoundStatus.EXPERT_REVIEW, Viewers.province())
                        .mayJudgeEligibility())
                .isFalse();
    }

    @Test
    void anExpertIsOfferedNoMove() {
        var page = page(NominationStatus.UNDER_REVIEW, RoundStatus.EXPERT_REVIEW, Viewers.expert());
        assertThat(page.mayEdit()
                        || page.maySubmit()
                        || page.mayWithdraw()
                        || page.mayCityAct()
                        || page.mayJudgeEligibility()
                        || page.mayReadScore())
                .isFalse();
    }

    private static NominationPage withDocuments(
            NominationStatus status, PortalUser viewer, AttachmentView sealedPage, boolean copyKept) {
        return NominationPage.of(
                Nominations.in(status).toView("湖南工业职业技术学院"),
                Rounds.in(RoundStatus.OPEN).toSummary(),
                NominationContent.FieldSet.SCHOOL,
                List.of(),
                List.of(),
                sealedPage,
                copyKept,
                viewer);
    }

    private static final AttachmentView SEALED =
            new AttachmentView(5, "盖章页.pdf", "application/pdf", 2048, "00", "xhcy", LocalDateTime.of(2026, 6, 1, 9, 0));

    @ParameterizedTest
    @EnumSource(NominationStatus.class)
    void theOwnSchoolUploadsTheSealedPageExactlyWhileItMayEdit(NominationStatus status) {
        var own = withDocuments(status, Viewers.school(Nominations.ORGANIZATION), null, false);
        assertThat(own.mayUploadSealedPage()).isEqualTo(own.mayEdit());
        assertThat(own.mayDownloadSealedPage()).isFalse();
        var other = withDocuments(status, Viewers.school(Nominations.ORGANIZATION + 1), SEALED, false);
        assertThat(other.mayUploadSealedPage()).isFalse();
    }

    @Test
    void everyReaderOfThePageMayDownloadTheSealedPageOnceThereIsOne() {
        for (var viewer :
                List.of(Viewers.school(Nominations.ORGANIZATION), Viewers.city(Nominations.CITY), Viewers.province())) {
            var page = withDocuments(NominationStatus.SUBMITTED, viewer, SEALED, true);
            assertThat(page.mayDownloadSealedPage()).isTrue();
            assertThat(page.sealedPage().originalName()).isEqualTo("盖章页.pdf");
            assertThat(page.mayUploadSealedPage()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(NominationStatus.class)
    void theKeptCopyIsServedUnlessTheSchoolMayEditAgain(NominationStatus status) {
        var page = withDocuments(status, Viewers.city(Nominations.CITY), SEALED, true);
        assertThat(page.mayDownloadSubmittedApplication())
                .isEqualTo(status != NominationStatus.DRAFT && status != NominationStatus.RETURNED);
        assertThat(withDocuments(status, Viewers.city(Nominations.CITY), SEALED, false)
                        .mayDownloadSubmittedApplication())
                .as("nothing kept: rendered as before")
                .isFalse();
    }
}

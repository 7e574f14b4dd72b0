package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.round.RoundSummary;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.util.List;
import java.util.Objects;

/**
 * A nomination's page for one viewer: what it shows and what the viewer may do there. The flags come from the
 * nomination's table ({@link NominationMove}) and the round's state, the same rules the services apply, so a button is
 * shown exactly when its action would be accepted (the services still check: a page may be stale).
 *
 * @param ownSchool the viewer administers the nominating organisation
 * @param mayEdit the school may change the content and the attachments (a draft, or returned by the city)
 * @param maySubmit the school may submit
 * @param mayWithdraw the school may withdraw
 * @param mayCityAct the city may recommend or return it
 * @param mayMarkEligible province staff may find it eligible now
 * @param mayMarkIneligible province staff may find it ineligible now
 * @param mayReadScore province staff see the final score and rank
 * @param sealedPage the current page the unit signed and sealed (单位盖章), or null before one is uploaded
 * @param mayUploadSealedPage the school may upload the sealed page, or replace it (while it may edit)
 * @param mayDownloadSealedPage there is a sealed page, and the viewer (who reads the nomination) may have it
 * @param mayDownloadSubmittedApplication the 申报书 link serves the copy kept at the last submission (not editable now)
 */
public record NominationPage(
        NominationView nomination,
        RoundSummary round,
        NominationContent.FieldSet fields,
        List<AttachmentView> attachments,
        List<HistoryLine> history,
        boolean ownSchool,
        boolean mayEdit,
        boolean maySubmit,
        boolean mayWithdraw,
        boolean mayCityAct,
        boolean mayMarkEligible,
        boolean mayMarkIneligible,
        boolean mayReadScore,
        AttachmentView sealedPage,
        boolean mayUploadSealedPage,
        boolean mayDownloadSealedPage,
        boolean mayDownloadSubmittedApplication) {

    /** Whether the eligibility card shows: one of its two moves is open to the viewer. */
    public boolean mayJudgeEligibility() {
        return mayMarkEligible || mayMarkIneligible;
    }

    static NominationPage of(
            NominationView nomination,
            RoundSummary round,
            NominationContent.FieldSet fields,
            List<AttachmentView> attachments,
            List<HistoryLine> history,
            PortalUser viewer) {
        return of(nomination, round, fields, attachments, history, null, false, viewer);
    }

    /**
     * The page with the documents kept for issue #18: the current sealed page (or null) and whether a copy of the
     * 申报书 was kept at a submission.
     */
    static NominationPage of(
            NominationView nomination,
            RoundSummary round,
            NominationContent.FieldSet fields,
            List<AttachmentView> attachments,
            List<HistoryLine> history,
            AttachmentView sealedPage,
            boolean submittedCopyKept,
            PortalUser viewer) {
        NominationStatus status = nomination.status();
        boolean ownSchool =
                viewer.has(Role.SCHOOL_ADMIN) && Objects.equals(viewer.organizationId(), nomination.organizationId());
        boolean checking = round.status().acceptsEligibilityChecks();
        return new NominationPage(
                nomination,
                round,
                fields,
                attachments,
                history,
                ownSchool,
                ownSchool && status.editableBySchool(),
                ownSchool && may(viewer, NominationMove.SUBMIT, status),
                ownSchool && may(viewer, NominationMove.WITHDRAW, status),
                !nomination.provinceRun() && may(viewer, NominationMove.RECOMMEND, status),
                checking && may(viewer, NominationMove.MARK_ELIGIBLE, status),
                checking && may(viewer, NominationMove.MARK_INELIGIBLE, status),
                viewer.has(Role.PROVINCE_ADMIN),
                sealedPage,
                ownSchool && status.editableBySchool(),
                sealedPage != null,
                submittedCopyKept && !status.editableBySchool());
    }

    /** The table allows the move from the state, for one of the viewer's roles. */
    private static boolean may(PortalUser viewer, NominationMove move, NominationStatus status) {
        return move.allowedFrom(status) && viewer.roles().stream().anyMatch(move::mayBeMadeBy);
    }
}

package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The annual report's table, walked move × state × role through the entity, and what each move needs. */
class ReportMoveTests {

    @ParameterizedTest
    @EnumSource(ReportMove.class)
    void eachMoveIsMadeOnlyFromItsStatesAndOnlyByItsRole(ReportMove move) {
        for (ReportStatus status : ReportStatus.values()) {
            for (Role role : Role.values()) {
                var report = Reports.in(status);
                boolean allowed = move.from().contains(status) && move.who().contains(role);
                if (allowed) {
                    assertThat(make(report, move, role))
                            .as("%s from %s by %s", move, status, role)
                            .isEqualTo(status);
                    assertThat(report.status()).isEqualTo(move.to());
                } else {
                    assertThatThrownBy(() -> make(report, move, role))
                            .as("%s from %s by %s", move, status, role)
                            .isInstanceOf(MoveRejected.class);
                    assertThat(report.status()).isEqualTo(status);
                }
            }
        }
    }

    @Test
    void theSchoolSubmitsAndTheDepartmentReviews() {
        assertThat(ReportMove.SUBMIT.who()).containsExactly(Role.SCHOOL_ADMIN);
        assertThat(ReportMove.SUBMIT.from()).containsExactlyInAnyOrder(ReportStatus.DRAFT, ReportStatus.RETURNED);
        assertThat(ReportMove.ACCEPT.who()).containsExactly(Role.PROVINCE_ADMIN);
        assertThat(ReportMove.RETURN.from()).containsExactly(ReportStatus.SUBMITTED);
    }

    @Test
    void onlyADraftOrAReturnedReportIsEditedAndOnlySubmittedOrAcceptedOnesCountAsFiled() {
        for (ReportStatus status : ReportStatus.values()) {
            assertThat(status.editable()).as(status.name()).isEqualTo(ReportMove.SUBMIT.allowedFrom(status));
            var report = Reports.in(status);
            if (status.editable()) {
                report.edit(Map.of(), "改写");
            } else {
                assertThatThrownBy(() -> report.edit(Map.of(), "改写")).hasMessage("project.report.error.readOnly");
            }
        }
        assertThat(ReportStatus.SUBMITTED.filed()).isTrue();
        assertThat(ReportStatus.ACCEPTED.filed()).isTrue();
        assertThat(ReportStatus.RETURNED.filed()).isFalse();
        assertThat(ReportStatus.DRAFT.sentIn()).isFalse();
        assertThat(ReportStatus.RETURNED.sentIn()).isTrue();
    }

    @Test
    void aReturnNeedsItsCommentBesideTheCommentField() {
        var report = Reports.in(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> report.review(ReportMove.RETURN, Role.PROVINCE_ADMIN, " ", "xhcy", Reports.NOW))
                .isInstanceOf(ProjectRejected.class)
                .hasMessage("project.report.error.comment")
                .satisfies(e -> assertThat(((ProjectRejected) e).field()).isEqualTo("comment"));
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aSubmissionNamesEveryGapBesideItsField() {
        var report = new AnnualReport(1L, 2025);
        assertThatThrownBy(() -> report.submit(List.of(7L, 8L), Role.SCHOOL_ADMIN, Reports.NOW))
                .isInstanceOf(ReportRejected.class)
                .satisfies(e -> assertThat(((ReportRejected) e).fields())
                        .containsOnlyKeys("actual_7", "actual_8", "narrative"));
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
    }

    private static ReportStatus make(AnnualReport report, ReportMove move, Role role) {
        return move == ReportMove.SUBMIT
                ? report.submit(List.of(), role, Reports.NOW)
                : report.review(move, role, "意见", "xhcy", Reports.NOW);
    }
}

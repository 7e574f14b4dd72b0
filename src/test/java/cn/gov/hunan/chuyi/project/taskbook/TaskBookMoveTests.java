package cn.gov.hunan.chuyi.project.taskbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The task book's and the change request's tables, walked move × state × role through the entities. */
class TaskBookMoveTests {

    @ParameterizedTest
    @EnumSource(TaskBookMove.class)
    void eachTaskBookMoveIsMadeOnlyFromItsStatesAndOnlyByItsRole(TaskBookMove move) {
        for (TaskBookStatus status : TaskBookStatus.values()) {
            for (Role role : Role.values()) {
                var book = TaskBooks.in(status);
                boolean allowed = move.from().contains(status) && move.who().contains(role);
                if (allowed) {
                    assertThat(make(book, move, role))
                            .as("%s from %s by %s", move, status, role)
                            .isEqualTo(status);
                    assertThat(book.status()).isEqualTo(move.to());
                } else {
                    assertThatThrownBy(() -> make(book, move, role))
                            .as("%s from %s by %s", move, status, role)
                            .isInstanceOf(MoveRejected.class);
                    assertThat(book.status()).isEqualTo(status);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChangeRequestMove.class)
    void eachChangeRequestMoveIsMadeOnlyFromItsStatesAndOnlyByItsRole(ChangeRequestMove move) {
        for (ChangeRequestStatus status : ChangeRequestStatus.values()) {
            for (Role role : Role.values()) {
                var request = TaskBooks.request(status);
                boolean allowed = move.from().contains(status) && move.who().contains(role);
                if (allowed) {
                    assertThat(request.decide(move, role, "意见", "admin", TaskBooks.NOW))
                            .as("%s from %s by %s", move, status, role)
                            .isEqualTo(status);
                    assertThat(request.status()).isEqualTo(move.to());
                } else {
                    assertThatThrownBy(() -> request.decide(move, role, "意见", "admin", TaskBooks.NOW))
                            .as("%s from %s by %s", move, status, role)
                            .isInstanceOf(MoveRejected.class);
                    assertThat(request.status()).isEqualTo(status);
                }
            }
        }
    }

    @Test
    void theSchoolSubmitsAndTheDepartmentDecides() {
        assertThat(TaskBookMove.SUBMIT.who()).containsExactly(Role.SCHOOL_ADMIN);
        assertThat(TaskBookMove.SUBMIT.from()).containsExactlyInAnyOrder(TaskBookStatus.DRAFT, TaskBookStatus.RETURNED);
        assertThat(TaskBookMove.APPROVE.who()).containsExactly(Role.PROVINCE_ADMIN);
        assertThat(TaskBookMove.RETURN.from()).containsExactly(TaskBookStatus.SUBMITTED);
        assertThat(ChangeRequestMove.APPROVE.who()).containsExactly(Role.PROVINCE_ADMIN);
        assertThat(ChangeRequestMove.REFUSE.from()).containsExactly(ChangeRequestStatus.SUBMITTED);
    }

    @Test
    void anApprovedVersionIsLockedAndOnlyADraftOrAReturnedOneIsEdited() {
        for (TaskBookStatus status : TaskBookStatus.values()) {
            assertThat(status.editable()).as(status.name()).isEqualTo(TaskBookMove.SUBMIT.allowedFrom(status));
            var book = TaskBooks.in(status);
            if (status.editable()) {
                book.edit(TaskBooks.complete(), TaskBooks.ownPeriod());
            } else {
                assertThatThrownBy(() -> book.edit(TaskBooks.complete(), TaskBooks.ownPeriod()))
                        .hasMessage("taskbook.error.readOnly");
            }
        }
    }

    @Test
    void aReturnOrARefusalNeedsItsComment() {
        var book = TaskBooks.in(TaskBookStatus.SUBMITTED);
        assertThatThrownBy(() -> book.review(TaskBookMove.RETURN, Role.PROVINCE_ADMIN, " ", "admin", TaskBooks.NOW))
                .isInstanceOf(TaskBookRejected.class)
                .hasMessage("taskbook.error.comment")
                .satisfies(e -> assertThat(((TaskBookRejected) e).field()).isEqualTo("comment"));
        assertThat(book.status()).isEqualTo(TaskBookStatus.SUBMITTED);
        var request = TaskBooks.request(ChangeRequestStatus.SUBMITTED);
        assertThatThrownBy(
                        () -> request.decide(ChangeRequestMove.REFUSE, Role.PROVINCE_ADMIN, null, "a", TaskBooks.NOW))
                .hasMessage("taskbook.change.error.comment");
        assertThat(request.status()).isEqualTo(ChangeRequestStatus.SUBMITTED);
    }

    @Test
    void aSubmissionNamesEveryGapBesideItsField() {
        var book = new TaskBook(1L, 1, 2025, 2026, null);
        assertThatThrownBy(() -> book.submit(List.of(7L), TaskBooks.ownPeriod(), Role.SCHOOL_ADMIN, TaskBooks.NOW))
                .isInstanceOf(TaskBookRejected.class)
                .satisfies(e -> assertThat(((TaskBookRejected) e).fields())
                        .containsOnlyKeys(
                                "target_7_2025", "target_7_2026", "milestoneTitle_0", "budget_PROVINCIAL_2025"));
        assertThat(book.status()).isEqualTo(TaskBookStatus.DRAFT);
    }

    @Test
    void thePeriodIsTheProjectsUnlessAnApprovedExtensionMovesItsEnd() {
        var c = TaskBooks.complete(); // 2025-2026, a target and a budget line in 2025
        var project = new TaskBookRules.PeriodRule(2025, 2026, false);
        var extension = new TaskBookRules.PeriodRule(2025, 2026, true);
        var later = new TaskBookContent(2025, 2027, c.targets(), c.milestones(), c.budget());
        var otherStart = new TaskBookContent(2024, 2028, c.targets(), c.milestones(), c.budget());

        var leaderChange = new TaskBook(1L, 2, 2025, 2026, 9L);
        leaderChange.edit(otherStart, project);
        assertThat(leaderChange.content().startYear())
                .as("a leader or content change keeps the project's period, whatever was posted")
                .isEqualTo(2025);
        assertThat(leaderChange.content().endYear()).isEqualTo(2026);

        var typedBefore = new TaskBook(1L, 1, 2023, 2030, null);
        typedBefore.edit(c, project);
        assertThat(typedBefore.content().startYear())
                .as("a version typed with another period before the rule is brought in line by its next save")
                .isEqualTo(2025);
        assertThat(typedBefore.content().endYear()).isEqualTo(2026);

        var extended = new TaskBook(1L, 2, 2025, 2026, 9L);
        assertThatThrownBy(() -> extended.edit(c, extension))
                .as("an extension that does not extend")
                .isInstanceOf(TaskBookRejected.class)
                .satisfies(e -> assertThat(((TaskBookRejected) e).fields())
                        .containsEntry("endYear", "taskbook.error.extensionLater"));
        extended.edit(otherStart, extension);
        assertThat(extended.content().startYear())
                .as("an extension never moves the start")
                .isEqualTo(2025);
        assertThat(extended.content().endYear()).isEqualTo(2028);
        extended.edit(later, extension);
        assertThat(extended.content().endYear()).isEqualTo(2027);
    }

    @Test
    void anExtensionSentInWithoutALaterEndIsRefusedAndTargetsOutsideThePeriodAreDropped() {
        var unchanged = TaskBooks.in(TaskBookStatus.APPROVED).next(9L);
        assertThatThrownBy(() -> unchanged.submit(
                        TaskBooks.INDICATORS,
                        new TaskBookRules.PeriodRule(2025, 2026, true),
                        Role.SCHOOL_ADMIN,
                        TaskBooks.NOW))
                .as("a copy of the approved version sent in as it is: approving it would extend nothing")
                .isInstanceOf(TaskBookRejected.class)
                .satisfies(e -> assertThat(((TaskBookRejected) e).fields())
                        .containsEntry("endYear", "taskbook.error.extensionLater"));
        assertThat(unchanged.status()).isEqualTo(TaskBookStatus.DRAFT);

        var c = TaskBooks.complete();
        var beyond = new TaskBookContent(
                2025,
                2026,
                Stream.concat(c.targets().stream(), Stream.of(new TaskBookContent.YearTarget(7L, 2031, BigDecimal.ONE)))
                        .toList(),
                c.milestones(),
                c.budget());
        var book = new TaskBook(1L, 1, 2025, 2026, null);
        book.edit(beyond, new TaskBookRules.PeriodRule(2025, 2026, false));
        assertThat(book.content().targets())
                .as("no target of a year outside the period")
                .hasSize(4);
    }

    @Test
    void valuesAreCheckedBesideTheirFields() {
        var c = TaskBooks.complete();
        var bad = new TaskBookContent(
                2025,
                2040,
                List.of(new TaskBookContent.YearTarget(7L, 2025, new BigDecimal("-1"))),
                List.of(new TaskBookContent.Milestone(" ", null)),
                List.of(new TaskBookContent.BudgetLine(2025, FundSource.CITY, new BigDecimal("1.234"))));
        assertThat(TaskBookRules.check(c)).isEmpty();
        assertThat(TaskBookRules.check(bad))
                .containsEntry("endYear", "taskbook.error.period")
                .containsEntry("target_7_2025", "taskbook.error.negative")
                .containsEntry("milestoneTitle_0", "taskbook.error.milestoneTitle")
                .containsEntry("milestoneDue_0", "taskbook.error.milestoneDue")
                .containsEntry("budget_CITY_2025", "taskbook.error.range");
    }

    @Test
    void theNextVersionIsADraftCopyOfTheApprovedOne() {
        var approved = TaskBooks.in(TaskBookStatus.APPROVED);
        var next = approved.next(9L);
        assertThat(next.status()).isEqualTo(TaskBookStatus.DRAFT);
        assertThat(next.versionNo()).isEqualTo(2);
        assertThat(next.changeRequestId()).isEqualTo(9L);
        assertThat(next.content()).isEqualTo(approved.content());
        assertThat(approved.targetsOf(2026)).containsEntry(7L, new BigDecimal("20"));
    }

    private static TaskBookStatus make(TaskBook book, TaskBookMove move, Role role) {
        return move == TaskBookMove.SUBMIT
                ? book.submit(TaskBooks.INDICATORS, TaskBooks.ownPeriod(), role, TaskBooks.NOW)
                : book.review(move, role, "意见", "admin", TaskBooks.NOW);
    }
}

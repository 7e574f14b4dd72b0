package cn.gov.hunan.chuyi.selection.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.review.ReviewAssignment;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.shared.Deadline;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which selection deadlines the reminder engine hears of, when they fall due, and whom they concern. */
class RoundDeadlinesTests {

    private static final Instant FROM = Instant.parse("2030-03-01T00:00:00Z");
    private static final Instant TO = FROM.plus(Duration.ofDays(30));
    private static final Instant IN = FROM.plus(Duration.ofDays(10));
    private static final Instant AFTER = TO.plus(Duration.ofDays(5));

    private final DeadlineQueries queries = mock(DeadlineQueries.class);
    private final AccountDirectory accounts = mock(AccountDirectory.class);
    private final RoundDeadlines source = new RoundDeadlines(queries, accounts);

    @BeforeEach
    void people() {
        when(accounts.withRole(Role.SCHOOL_ADMIN))
                .thenReturn(List.of(
                        new UserSummary(11, "s7", "学校7", "431300", 7L),
                        new UserSummary(12, "s8", "学校8", "430100", 8L)));
        when(accounts.withRole(Role.CITY_OFFICER))
                .thenReturn(List.of(
                        new UserSummary(21, "loudi", "娄底", "431300", null),
                        new UserSummary(22, "changsha", "长沙", "430100", null)));
        when(accounts.withRole(Role.PROVINCE_ADMIN))
                .thenReturn(List.of(new UserSummary(31, "admin", "省厅", null, null)));
    }

    @Test
    void anOpenRoundRemindsTheSchoolsWithADraftOfItsClosingAndTheCitiesWithSubmittedOnesOfTheirDeadline() {
        when(queries.rounds(any())).thenReturn(List.of(round(1, RoundStatus.OPEN, IN, IN, null, null)));
        when(queries.nominations(any(), any()))
                .thenReturn(List.of(
                        nomination(100, 1, 7, "431300", NominationStatus.DRAFT),
                        nomination(101, 1, 8, "430100", NominationStatus.SUBMITTED)));

        List<Deadline> deadlines = source.openDeadlines(FROM, TO);

        assertThat(deadlines)
                .extracting(Deadline::kind, Deadline::link, Deadline::subject, Deadline::due, Deadline::recipients)
                .containsExactlyInAnyOrder(
                        tuple(RoundDeadlines.NOMINATION_WINDOW, "/nominations/100", "第1批", IN, Set.of(11L)),
                        tuple(
                                RoundDeadlines.CITY_RECOMMENDATION,
                                "/nominations?round=1&status=SUBMITTED",
                                "第1批",
                                IN,
                                Set.of(22L)));
        assertThat(deadlines).allMatch(Deadline::open);
    }

    @Test
    void aSchoolThatSubmittedIsNotRemindedOfTheWindowNorACityWithoutSubmittedNominationsOfItsDeadline() {
        when(queries.rounds(any())).thenReturn(List.of(round(1, RoundStatus.OPEN, IN, IN, null, null)));
        when(queries.nominations(any(), any()))
                .thenReturn(List.of(nomination(101, 1, 8, "430100", NominationStatus.SUBMITTED)));

        assertThat(source.openDeadlines(FROM, TO))
                .extracting(Deadline::kind, Deadline::recipients)
                .containsExactly(tuple(RoundDeadlines.CITY_RECOMMENDATION, Set.of(22L)));
    }

    @Test
    void theWindowIsChasedOnlyWhileTheRoundIsOpenAndOnlyWhenItClosesInTheWindow() {
        when(queries.rounds(any()))
                .thenReturn(List.of(
                        round(1, RoundStatus.OPEN, AFTER, AFTER, null, null),
                        round(2, RoundStatus.CITY_REVIEW, IN, AFTER, null, null)));

        assertThat(source.openDeadlines(FROM, TO)).isEmpty();
        verify(queries, never()).nominations(any(), any());
    }

    @Test
    void theCityDeadlineIsChasedInCityReview() {
        when(queries.rounds(any()))
                .thenReturn(List.of(round(2, RoundStatus.CITY_REVIEW, FROM.minusSeconds(60), IN, null, null)));
        when(queries.nominations(any(), any()))
                .thenReturn(List.of(
                        nomination(101, 2, 7, "431300", NominationStatus.SUBMITTED),
                        nomination(102, 2, 8, "431300", NominationStatus.SUBMITTED)));

        assertThat(source.openDeadlines(FROM, TO))
                .extracting(Deadline::kind, Deadline::recipients)
                .containsExactly(tuple(RoundDeadlines.CITY_RECOMMENDATION, Set.of(21L)));
    }

    @Test
    void aSchoolWhoseNominationWasReturnedIsRemindedToRefileByTheCityDeadline() {
        when(queries.rounds(any()))
                .thenReturn(List.of(round(2, RoundStatus.CITY_REVIEW, FROM.minusSeconds(60), IN, null, null)));
        when(queries.nominations(any(), any()))
                .thenReturn(List.of(
                        nomination(101, 2, 7, "431300", NominationStatus.RETURNED),
                        nomination(102, 2, 8, "430100", NominationStatus.SUBMITTED)));

        assertThat(source.openDeadlines(FROM, TO))
                .extracting(Deadline::kind, Deadline::link, Deadline::due, Deadline::recipients)
                .containsExactlyInAnyOrder(
                        tuple(RoundDeadlines.RESUBMISSION, "/nominations/101", IN, Set.of(11L)),
                        tuple(
                                RoundDeadlines.CITY_RECOMMENDATION,
                                "/nominations?round=2&status=SUBMITTED",
                                IN,
                                Set.of(22L)));
        verify(queries)
                .nominations(
                        List.of(2L),
                        EnumSet.of(NominationStatus.DRAFT, NominationStatus.RETURNED, NominationStatus.SUBMITTED));
    }

    @Test
    void aReturnedNominationIsNotChasedOnceTheCityDeadlineIsOutOfReach() {
        when(queries.rounds(any()))
                .thenReturn(List.of(round(2, RoundStatus.CITY_REVIEW, FROM.minusSeconds(60), AFTER, null, null)));

        assertThat(source.openDeadlines(FROM, TO)).isEmpty();
        verify(queries, never()).nominations(any(), any());
    }

    @Test
    void expertsWithUnsubmittedSheetsAreRemindedOfTheReviewDue() {
        when(queries.rounds(any()))
                .thenReturn(List.of(
                        round(3, RoundStatus.EXPERT_REVIEW, FROM.minusSeconds(60), FROM.minusSeconds(60), IN, null)));
        when(queries.unsubmittedReviews(any(), any())).thenReturn(List.of(expert(3, 41), expert(3, 42)));

        assertThat(source.openDeadlines(FROM, TO))
                .extracting(Deadline::kind, Deadline::link, Deadline::due, Deadline::recipients)
                .containsExactly(tuple(RoundDeadlines.EXPERT_REVIEW, "/reviews?round=3", IN, Set.of(41L, 42L)));
        verify(queries).unsubmittedReviews(List.of(3L), ReviewAssignment.Status.ASSIGNED);
    }

    @Test
    void aRoundWhoseExpertsAllSubmittedRemindsNobody() {
        when(queries.rounds(any()))
                .thenReturn(List.of(
                        round(3, RoundStatus.EXPERT_REVIEW, FROM.minusSeconds(60), FROM.minusSeconds(60), IN, null)));
        when(queries.unsubmittedReviews(any(), any())).thenReturn(List.of());

        assertThat(source.openDeadlines(FROM, TO)).isEmpty();
    }

    @Test
    void theProvinceIsRemindedOfTheEndOfThePublicityPeriod() {
        when(queries.rounds(any()))
                .thenReturn(List.of(
                        round(
                                4,
                                RoundStatus.PUBLICITY,
                                FROM.minusSeconds(60),
                                FROM.minusSeconds(60),
                                FROM.minusSeconds(60),
                                IN),
                        round(
                                5,
                                RoundStatus.PUBLICITY,
                                FROM.minusSeconds(60),
                                FROM.minusSeconds(60),
                                FROM.minusSeconds(60),
                                AFTER)));

        assertThat(source.openDeadlines(FROM, TO))
                .extracting(Deadline::kind, Deadline::link, Deadline::subject, Deadline::recipients)
                .containsExactly(tuple(RoundDeadlines.PUBLICITY_END, "/rounds/4", "第4批", Set.of(31L)));
        verify(accounts, never()).withRole(Role.SCHOOL_ADMIN);
    }

    @Test
    void theRoundPageCountsTheRoundWideRemindersByTheLinksTheyAreSentWith() {
        when(queries.rounds(any()))
                .thenReturn(List.of(
                        round(1, RoundStatus.OPEN, AFTER, IN, null, null),
                        round(3, RoundStatus.EXPERT_REVIEW, FROM, FROM, IN, null),
                        round(4, RoundStatus.PUBLICITY, FROM, FROM, FROM, IN)));
        when(queries.nominations(any(), any()))
                .thenReturn(List.of(nomination(101, 1, 8, "430100", NominationStatus.SUBMITTED)));
        when(queries.unsubmittedReviews(any(), any())).thenReturn(List.of(expert(3, 41)));

        List<Deadline> deadlines = source.openDeadlines(FROM, TO);

        assertThat(deadlines)
                .hasSize(3)
                .allSatisfy(d -> assertThat(
                                DeadlineLinks.ofRound(Long.parseLong(d.subject().replaceAll("\\D", ""))))
                        .contains(d.link()));
    }

    private static DeadlineQueries.RoundDates round(
            long id, RoundStatus status, Instant closes, Instant city, Instant reviewEnds, Instant publicityEnds) {
        return new DeadlineQueries.RoundDates() {
            public long getId() {
                return id;
            }

            public String getTitle() {
                return "第" + id + "批";
            }

            public RoundStatus getStatus() {
                return status;
            }

            public Instant getNominationClosesAt() {
                return closes;
            }

            public Instant getCityDeadline() {
                return city;
            }

            public Instant getReviewEndsAt() {
                return reviewEnds;
            }

            public Instant getPublicityEndsAt() {
                return publicityEnds;
            }
        };
    }

    private static DeadlineQueries.NominationLine nomination(
            long id, long round, long organization, String city, NominationStatus status) {
        return new DeadlineQueries.NominationLine() {
            public long getId() {
                return id;
            }

            public long getRoundId() {
                return round;
            }

            public long getOrganizationId() {
                return organization;
            }

            public String getCityCode() {
                return city;
            }

            public NominationStatus getStatus() {
                return status;
            }
        };
    }

    private static DeadlineQueries.ExpertLine expert(long round, long expert) {
        return new DeadlineQueries.ExpertLine() {
            public long getRoundId() {
                return round;
            }

            public long getExpertId() {
                return expert;
            }
        };
    }
}

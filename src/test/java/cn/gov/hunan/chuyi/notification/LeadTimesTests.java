package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lead-time arithmetic in Asia/Shanghai calendar days: 7 days before, 1 day before and the day after, from 08:00. */
class LeadTimesTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Period WEEK = Period.ofDays(7);
    private static final Period DAY_BEFORE = Period.ofDays(1);
    private static final Period DAY_AFTER = Period.ofDays(-1);

    /** Given in any order, as an operator may write them. */
    private final LeadTimes leads = new LeadTimes(List.of(DAY_AFTER, WEEK, DAY_BEFORE), LocalTime.of(8, 0));

    /** 2025-06-30 17:00 in Hunan. */
    private final Instant due = shanghai("2025-06-30T17:00");

    @Test
    void eachReminderIsDueOnItsDayFromTheSendingTime() {
        assertThat(leads.momentOf(due, WEEK)).isEqualTo(shanghai("2025-06-23T08:00"));
        assertThat(leads.momentOf(due, DAY_BEFORE)).isEqualTo(shanghai("2025-06-29T08:00"));
        assertThat(leads.momentOf(due, DAY_AFTER)).isEqualTo(shanghai("2025-07-01T08:00"));
    }

    @Test
    void theDayIsHunansNotUtcs() {
        // 00:30 on 1 July in Hunan is still 30 June in UTC: the day before is 30 June, not 29 June
        Instant earlyMorning = shanghai("2025-07-01T00:30");
        assertThat(leads.momentOf(earlyMorning, DAY_BEFORE)).isEqualTo(shanghai("2025-06-30T08:00"));
        assertThat(leads.dueAt(earlyMorning, shanghai("2025-06-30T07:59"))).contains(WEEK);
        assertThat(leads.dueAt(earlyMorning, shanghai("2025-06-30T08:00"))).contains(DAY_BEFORE);
    }

    @Test
    void nothingIsDueBeforeTheFirstReminder() {
        assertThat(leads.dueAt(due, shanghai("2025-06-23T07:59"))).isEmpty();
        assertThat(leads.dueAt(due, shanghai("2025-06-01T12:00"))).isEmpty();
    }

    @Test
    void aReminderStaysDueUntilTheNextOnesMoment() {
        assertThat(leads.dueAt(due, shanghai("2025-06-23T08:00"))).contains(WEEK);
        assertThat(leads.dueAt(due, shanghai("2025-06-28T23:00")))
                .as("a run that missed its day still sends it")
                .contains(WEEK);
        assertThat(leads.dueAt(due, shanghai("2025-06-29T08:00"))).contains(DAY_BEFORE);
        assertThat(leads.dueAt(due, shanghai("2025-06-30T16:59"))).contains(DAY_BEFORE);
        assertThat(leads.dueAt(due, shanghai("2025-07-01T07:59")))
                .as("after the deadline, before the day-after reminder")
                .contains(DAY_BEFORE);
    }

    @Test
    void theLastReminderIsDueForTheRestOfItsDayOnly() {
        assertThat(leads.dueAt(due, shanghai("2025-07-01T08:00"))).contains(DAY_AFTER);
        assertThat(leads.dueAt(due, shanghai("2025-07-01T23:59"))).contains(DAY_AFTER);
        assertThat(leads.dueAt(due, shanghai("2025-07-02T00:00"))).isEmpty();
        assertThat(leads.dueAt(due, shanghai("2025-09-01T12:00"))).isEmpty();
    }

    @Test
    void aDeadlineDeclaredLateGetsOneReminderAtOnceThenTheNext() {
        // declared on 27 June: the week's reminder is due at once (its text names the date, not "in 7 days")
        assertThat(leads.dueAt(due, shanghai("2025-06-27T10:00"))).contains(WEEK);
        assertThat(leads.dueAt(due, shanghai("2025-06-29T10:00"))).contains(DAY_BEFORE);
    }

    @Test
    void theWindowAskedOfTheSourcesHoldsEveryDeadlineWithAReminderDue() {
        for (String now : List.of("2025-06-23T08:00", "2025-06-29T08:00", "2025-07-01T08:00", "2025-07-01T23:59")) {
            Instant at = shanghai(now);
            assertThat(leads.dueAt(due, at)).isPresent();
            assertThat(leads.windowFrom(at)).as(now).isBeforeOrEqualTo(due);
            assertThat(leads.windowTo(at)).as(now).isAfter(due);
        }
    }

    private static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }
}

package cn.gov.hunan.chuyi.selection.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The selection module's deadlines reach the real reminder job: with reminders on (the job every half second) and the
 * portal's clock moved to a week before an open round closes, the school with a draft is reminded once however often
 * the job runs, and the school that submitted is not reminded at all; once the window has closed, the officer of the
 * city that owes a recommendation is reminded, and so is the school whose nomination the city returned (to refile by the
 * city deadline), and the round's page says so (已催办 1 次). The context is closed afterwards, so its job
 * and its clock never run beside the other tests.
 */
@TestPropertySource(
        properties = {
            "chuyi.reminders.enabled=true",
            "chuyi.reminders.delay=PT0.5S",
            "chuyi.reminders.send-from=00:00",
            "chuyi.reminders.lead-times=P7D,P1D"
        })
@Import(NominationWindowRemindersIT.Clocks.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NominationWindowRemindersIT extends PostgresIntegrationTest {

    static final MovableClock CLOCK = new MovableClock(at(2031, 1, 1));

    private long round;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Test
    void aSchoolWithADraftIsRemindedOnceAtALeadTimeAndOneThatSubmittedNever() throws Exception {
        long hngy = jdbc.queryForObject("select id from app_user where username = 'hngy'", Long.class);
        long drafting = jdbc.queryForObject("select organization_id from app_user where id = ?", Long.class, hngy);
        var other = jdbc.queryForMap("""
                select u.id, u.organization_id, o.city_code from app_user u join user_role r on r.user_id = u.id
                    join organization o on o.id = u.organization_id
                where r.role = 'SCHOOL_ADMIN' and u.organization_id <> ? and exists (select 1 from app_user c
                    join user_role cr on cr.user_id = c.id where cr.role = 'CITY_OFFICER' and c.city_code = o.city_code)
                order by u.id fetch first 1 rows only""", drafting);
        long submitter = ((Number) other.get("id")).longValue();
        round = jdbc.queryForObject(
                """
                insert into selection_round (program_code, round_year, title, status, quota, nomination_opens_at,
                    nomination_closes_at, city_deadline, review_ends_at)
                values ('SECONDARY_SCHOOL', 2031, '催办测试批次', 'OPEN', 10, ?, ?, ?, ?)
                returning id""",
                Long.class,
                Timestamp.from(at(2031, 1, 1)),
                Timestamp.from(at(2031, 3, 20)),
                Timestamp.from(at(2031, 6, 1)),
                Timestamp.from(at(2031, 7, 1)));
        String city = (String) other.get("city_code");
        long officer = jdbc.queryForObject("""
                select u.id from app_user u join user_role r on r.user_id = u.id
                where r.role = 'CITY_OFFICER' and u.city_code = ? order by u.id fetch first 1 rows only""", Long.class, city);
        long draft = nomination(drafting, null, "DRAFT");
        long submitted = nomination(((Number) other.get("organization_id")).longValue(), city, "SUBMITTED");

        CLOCK.set(at(2031, 3, 13));
        awaitNotifications(hngy, "/nominations/" + draft, 1);
        runsOfTheJob(3);

        assertThat(notifications(hngy, "/nominations/" + draft))
                .as("once per lead time")
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select lead_time from reminder where link = ?", String.class, "/nominations/" + draft))
                .containsExactly("P7D");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where link = ?", Integer.class, "/nominations/" + submitted))
                .as("a submitted nomination")
                .isZero();
        assertThat(jdbc.queryForObject(
                        // this round's nominations only: the school may have drafts in rounds other tests left
                        "select count(*) from notification where user_id = ? and link in"
                                + " (select '/nominations/' || id from nomination where round_id = ?)",
                        Integer.class,
                        submitter,
                        round))
                .as("the school that submitted")
                .isZero();

        // after the window, the city still owes its recommendation: its officer is reminded, and the round's page
        // counts it
        // a nomination the city returned is refiled until the city deadline: its school is chased too
        long returned = jdbc.queryForObject("""
                insert into nomination (round_id, organization_id, city_code, status, title, slot)
                values (?, ?, null, 'RETURNED', '催办测试退回申报', 2) returning id""", Long.class, round, drafting);
        jdbc.update("update selection_round set status = 'CITY_REVIEW' where id = ?", round);
        CLOCK.set(at(2031, 5, 25));
        awaitNotifications(officer, DeadlineLinks.cityRecommendation(round), 1);
        awaitNotifications(hngy, "/nominations/" + returned, 1);
        assertThat(jdbc.queryForList(
                        "select kind from reminder where link = ?", String.class, "/nominations/" + returned))
                .containsExactly("selection.deadline.resubmission");
        String page = mvc.perform(
                        get("/rounds/" + round).with(users.as("admin")).header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"round-reminders\"").contains("已催办 1 次");
    }

    @AfterEach
    void removeTheRound() {
        jdbc.update("delete from nomination where round_id = ?", round);
        jdbc.update("delete from selection_round where id = ?", round);
    }

    private long nomination(long organization, String city, String status) {
        return jdbc.queryForObject("""
                insert into nomination (round_id, organization_id, city_code, status, title)
                values (?, ?, ?, ?, '催办测试申报') returning id""", Long.class, round, organization, city, status);
    }

    private int notifications(long user, String link) {
        return jdbc.queryForObject(
                "select count(*) from notification where user_id = ? and link = ?", Integer.class, user, link);
    }

    private void awaitNotifications(long user, String link, int expected) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (notifications(user, link) < expected && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertThat(notifications(user, link)).isEqualTo(expected);
    }

    /** Waits for the job to run {@code runs} more times (it records every run in its lock row). */
    private void runsOfTheJob(int runs) throws InterruptedException {
        for (int i = 0; i < runs; i++) {
            Object before = lockedAt();
            long until = System.nanoTime() + 30_000_000_000L;
            while (before != null && before.equals(lockedAt()) && System.nanoTime() < until) {
                Thread.sleep(100);
            }
        }
    }

    private Object lockedAt() {
        return jdbc.queryForList("select locked_at from shedlock where name = 'notification.remind-deadlines'").stream()
                .findFirst()
                .map(row -> row.get("locked_at"))
                .orElse(null);
    }

    private static Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(PortalTime.ZONE).toInstant();
    }

    /** A clock the test moves; the portal reads the time from it. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return PortalTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}

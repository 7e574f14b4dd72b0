package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The project module's deadlines reach the real reminder job: with reminders on (the job every second) and the
 * portal's clock moved through January, a school is reminded of its unfiled annual report once at each lead time
 * (P7D, P1D, the day after), however often the job runs, and not at all once the report is filed. The context is
 * closed afterwards, so its job and its clock never run beside the other tests.
 */
@TestPropertySource(
        properties = {
            "chuyi.reminders.enabled=true",
            "chuyi.reminders.delay=PT0.5S",
            "chuyi.reminders.send-from=00:00",
            "chuyi.reminders.lead-times=P7D,P1D,-P1D"
        })
@Import(AnnualReportRemindersIT.Clocks.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AnnualReportRemindersIT extends PostgresIntegrationTest {

    static final MovableClock CLOCK = new MovableClock(at(2026, 12, 1));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Test
    void anUnfiledReportIsRemindedOncePerLeadTimeAndAFiledOneNever() throws Exception {
        long school = jdbc.queryForObject("select organization_id from app_user where username = 'hngy'", Long.class);
        long hngy = jdbc.queryForObject("select id from app_user where username = 'hngy'", Long.class);
        long owing = project(school, "催办测试实训基地");
        long filing = project(school, "已报送测试实训基地");
        jdbc.update("""
                insert into annual_report (project_id, report_year, status, narrative, submitted_at)
                values (?, 2029, 'SUBMITTED', '已报送', current_timestamp)""", filing);
        String link = AnnualReportDeadlines.link(owing, 2029);

        CLOCK.set(at(2030, 1, 24));
        awaitNotifications(hngy, link, 1);
        CLOCK.set(at(2030, 1, 26));
        runsOfTheJob(3);
        assertThat(notifications(hngy, link)).as("between two lead times").isEqualTo(1);

        CLOCK.set(at(2030, 1, 31));
        awaitNotifications(hngy, link, 2);
        CLOCK.set(at(2030, 2, 1));
        awaitNotifications(hngy, link, 3);
        runsOfTheJob(3);

        assertThat(notifications(hngy, link)).as("once per lead time").isEqualTo(3);
        assertThat(jdbc.queryForList(
                        "select lead_time from reminder where link = ? order by lead_time", String.class, link))
                .containsExactlyInAnyOrder("P7D", "P1D", "P-1D");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where link = ?",
                        Integer.class,
                        AnnualReportDeadlines.link(filing, 2029)))
                .as("a filed report")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select message_key from notification where user_id = ? and link = ? order by id desc fetch first 1 rows only",
                        String.class,
                        hngy,
                        link))
                .isEqualTo("notification.reminder.overdue");
    }

    /** A project of the demo school under construction 2028–2030, owing the report of 2029 by 31 January 2030. */
    private long project(long organization, String title) {
        return jdbc.queryForObject("""
                insert into designated_project (program_code, organization_id, title, designated_year, construction_years, status)
                values ('TRAINING_BASE', ?, ?, 2028, 3, 'UNDER_CONSTRUCTION') returning id""", Long.class, organization, title);
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

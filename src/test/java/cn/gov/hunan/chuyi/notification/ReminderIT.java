package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.MailServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The reminder engine against PostgreSQL, with the test deadline source standing in for the modules (lead times
 * P7D, P1D, -P1D from 00:00 in these tests, so that whatever the hour a run is in a reminder's window).
 */
class ReminderIT extends MailIntegrationTest {

    @Test
    void eachPersonIsRemindedOncePerDeadlineAndLeadTime() {
        String link = link();
        TestDeadlines.DEADLINES.add(Deadline.open(
                "selection.deadline.test",
                link,
                "2025年楚怡高水平学校申报",
                tomorrowNoon(),
                List.of(id("hngy"), id("changsha"))));

        assertThat(reminders.remindDue()).isEqualTo(2);
        assertThat(reminders.remindDue()).as("a second run").isZero();

        assertThat(notificationsOf("hngy", link)).isEqualTo(1);
        assertThat(notificationsOf("changsha", link)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select lead_time from reminder where link = ?", String.class, link))
                .isEqualTo("P1D");
        assertThat(reminders.countFor(link)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select message_key from notification where link = ? fetch first 1 rows only",
                        String.class,
                        link))
                .isEqualTo(Reminders.UPCOMING);
    }

    @Test
    void aPersonAddedLaterIsRemindedAndNobodyTwice() {
        String link = link();
        Instant due = tomorrowNoon();
        TestDeadlines.DEADLINES.add(Deadline.open("selection.deadline.test", link, "追加责任人", due, List.of(id("hngy"))));
        reminders.remindDue();
        TestDeadlines.DEADLINES.set(
                0, Deadline.open("selection.deadline.test", link, "追加责任人", due, List.of(id("hngy"), id("admin"))));

        assertThat(reminders.remindDue()).isEqualTo(1);
        assertThat(notificationsOf("hngy", link)).isEqualTo(1);
        assertThat(notificationsOf("admin", link)).isEqualTo(1);
        assertThat(reminders.countFor(link)).as("one occasion").isEqualTo(1);
    }

    @Test
    void anExtendedDeadlineIsRemindedAgainForItsNewDateAndAClosedOneNever() {
        String link = link();
        TestDeadlines.DEADLINES.add(
                Deadline.open("supervision.deadline.test", link, "整改", yesterdayNoon(), List.of(id("hngy"))));
        reminders.remindDue();
        assertThat(jdbc.queryForObject("select message_key from notification where link = ?", String.class, link))
                .as("the day after")
                .isEqualTo(Reminders.OVERDUE);

        // the extension is approved: a new date a week on
        TestDeadlines.DEADLINES.set(
                0, Deadline.open("supervision.deadline.test", link, "整改", inDays(7), List.of(id("hngy"))));
        assertThat(reminders.remindDue()).isEqualTo(1);
        assertThat(reminders.countFor(link)).isEqualTo(2);

        String closed = link();
        TestDeadlines.DEADLINES.add(
                new Deadline("supervision.deadline.test", closed, "已销号", tomorrowNoon(), List.of(id("hngy")), false));
        reminders.remindDue();
        assertThat(notificationsOf("hngy", closed)).isZero();
    }

    @Test
    void twoRunsAtOnceRemindEachPersonOnce() throws Exception {
        String link = link();
        List<Long> people = List.of(id("hngy"), id("changsha"), id("admin"), id("expert1"), id("inspector1"));
        TestDeadlines.DEADLINES.add(Deadline.open("project.deadline.test", link, "年度报告", inDays(7), people));

        var together = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> {
                together.await();
                return reminders.remindDue();
            });
            Future<Integer> b = pool.submit(() -> {
                together.await();
                return reminders.remindDue();
            });
            assertThat(a.get() + b.get()).isEqualTo(people.size());
        } finally {
            pool.shutdown();
        }
        for (String user : List.of("hngy", "changsha", "admin", "expert1", "inspector1")) {
            assertThat(notificationsOf(user, link)).as(user).isEqualTo(1);
        }
        assertThat(reminders.countFor(link)).isEqualTo(1);
    }

    @Test
    void aReminderByHandGoesThroughTheSameLedgerAndIsCounted() {
        String link = link();
        Deadline deadline =
                Deadline.open("supervision.deadline.test", link, "师资队伍", tomorrowNoon(), List.of(id("hngy")));
        TestDeadlines.DEADLINES.add(deadline);
        reminders.remindDue();
        prefer("hngy", "chase@hngy.edu.cn", "zh-CN", NoticeKind.REMINDER, NoticeChannel.EMAIL);

        int count = transactions.execute(status -> reminders.chase(deadline, id("admin"), "请于本周内上传整改佐证材料。"));

        assertThat(count).isEqualTo(2);
        assertThat(reminders.countsFor(List.of(link, "/nothing"))).isEqualTo(Map.of(link, 2));
        assertThat(jdbc.queryForMap("select sent_by, message from reminder where link = ? and lead_time is null", link))
                .containsEntry("sent_by", id("admin"))
                .containsEntry("message", "请于本周内上传整改佐证材料。");
        dispatch.sendDue();
        assertThat(SMTP.to("chase@hngy.edu.cn")).singleElement().satisfies(m -> {
            assertThat(MailServer.subject(m)).contains("催办").contains("师资队伍");
            assertThat(MailServer.body(m)).contains("请于本周内上传整改佐证材料。").contains("https://chuyi.jyt.hunan.gov.cn" + link);
        });

        assertThatThrownBy(() -> reminders.chase(deadline, id("admin"), "  "))
                .isInstanceOfSatisfying(
                        ReminderRejected.class, r -> assertThat(r.field()).isEqualTo("message"));
        assertThatThrownBy(() -> reminders.chase(deadline, id("admin"), "长".repeat(501)))
                .isInstanceOf(ReminderRejected.class);
        assertThatThrownBy(() -> reminders.chase(
                        new Deadline("k", link, "s", tomorrowNoon(), List.of(id("hngy")), false), id("admin"), "x"))
                .isInstanceOf(ReminderRejected.class);
        assertThat(reminders.countFor(link)).isEqualTo(2);
    }

    static String link() {
        return "/test/deadlines/" + UUID.randomUUID();
    }

    static Instant tomorrowNoon() {
        return inDays(1);
    }

    static Instant yesterdayNoon() {
        return inDays(-1);
    }

    /** Noon in Hunan, some days from today. */
    static Instant inDays(int days) {
        return LocalDate.now(PortalTime.ZONE)
                .plusDays(days)
                .atTime(LocalTime.NOON)
                .atZone(PortalTime.ZONE)
                .toInstant();
    }
}

package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.support.MailServer;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * E-mail as a second channel, against a real SMTP server in the test JVM: who gets a mail, in which language, with
 * which link; a change that rolls back sends nothing; a failing server is retried with back-off and never touches the
 * change; the digest is one mail a day.
 */
class MailChannelIT extends MailIntegrationTest {

    private static final String LINK = "/projects/1/reports/7";

    @Test
    void eachRecipientWhoChoseEmailGetsOneMailInTheirLanguageWithTheAbsoluteLink() {
        prefer("hngy", "school@hngy.edu.cn", "zh-CN", NoticeKind.PROJECT, NoticeChannel.EMAIL);
        prefer("admin", "admin@jyt.hunan.gov.cn", "en", NoticeKind.PROJECT, NoticeChannel.EMAIL);
        prefer("changsha", "officer@changsha.gov.cn", "en", NoticeKind.SELECTION, NoticeChannel.EMAIL); // another kind

        notifyCommitted(new PortalNotice(
                List.of(id("hngy"), id("admin"), id("changsha")),
                "project.notice.reportReviewed",
                LINK,
                "湖南工业职业技术学院 2025"));
        assertThat(notificationsOf("changsha", LINK))
                .as("in the portal, whatever the channel")
                .isEqualTo(1);
        assertThat(SMTP.received()).as("nothing is sent inside the change").isEmpty();

        assertThat(dispatch.sendDue()).isEqualTo(2);

        MimeMessage chinese = single(SMTP.to("school@hngy.edu.cn"));
        assertThat(MailServer.subject(chinese)).isEqualTo("【湖南楚怡平台】年度建设报告有了审核结果：湖南工业职业技术学院 2025");
        assertThat(MailServer.body(chinese))
                .contains("查看详情：https://chuyi.jyt.hunan.gov.cn/projects/1/reports/7")
                .contains("https://chuyi.jyt.hunan.gov.cn/notifications/preferences");

        MimeMessage english = single(SMTP.to("admin@jyt.hunan.gov.cn"));
        assertThat(MailServer.subject(english))
                .startsWith("[Hunan Chuyi portal] ")
                .contains("湖南工业职业技术学院 2025");
        assertThat(MailServer.body(english)).contains("Open: https://chuyi.jyt.hunan.gov.cn/projects/1/reports/7");

        assertThat(SMTP.to("officer@changsha.gov.cn"))
                .as("chose e-mail for selection notices only")
                .isEmpty();
        assertThat(outboxStatuses("admin@jyt.hunan.gov.cn")).containsExactly("SENT");
        assertThat(dispatch.sendDue()).as("sent once").isZero();
    }

    @Test
    void aChangeThatRollsBackSendsNothing() {
        prefer("hngy", "rollback@hngy.edu.cn", "zh-CN", NoticeKind.PROJECT, NoticeChannel.EMAIL);
        String link = "/projects/1/reports/rolled-back";

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PortalNotice(List.of(id("hngy")), "project.notice.reportReviewed", link, "回滚的变更"));
            status.setRollbackOnly(); // the module's change failed after notifying
        });
        dispatch.sendDue();

        assertThat(outboxStatuses("rollback@hngy.edu.cn")).isEmpty();
        assertThat(SMTP.to("rollback@hngy.edu.cn")).isEmpty();
        assertThat(notificationsOf("hngy", link)).isZero();
    }

    @Test
    void aFailingMailServerIsRetriedWithBackOffAndNeverUndoesTheChange() throws Exception {
        prefer("admin", "retry@jyt.hunan.gov.cn", "zh-CN", NoticeKind.PROJECT, NoticeChannel.EMAIL);
        SMTP.cut();
        String link = "/projects/1/reports/retry";
        notifyCommitted(new PortalNotice(List.of(id("admin")), "project.notice.reportSubmitted", link, "重试"));
        assertThat(notificationsOf("admin", link))
                .as("the change committed, the SMTP server down or not")
                .isEqualTo(1);

        Instant before = Instant.now();
        assertThat(dispatch.sendDue()).isZero();
        Map<String, Object> failed = outbox("retry@jyt.hunan.gov.cn");
        assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(failed.get("last_error")).asString().isNotBlank();
        Instant next = ((Timestamp) failed.get("next_attempt_at")).toInstant();
        assertThat(next).as("one minute's back-off").isAfter(before.plusSeconds(50));

        SMTP.restore();
        assertThat(dispatch.sendDue()).as("not before its time").isZero();
        dueNow("retry@jyt.hunan.gov.cn");
        assertThat(dispatch.sendDue()).isEqualTo(1);
        assertThat(outbox("retry@jyt.hunan.gov.cn"))
                .containsEntry("status", "SENT")
                .containsEntry("attempts", 2);
        assertThat(SMTP.to("retry@jyt.hunan.gov.cn")).hasSize(1);
    }

    @Test
    void aMailIsGivenUpAfterTheBoundAndKeptWithItsError() throws Exception {
        prefer("admin", "given-up@jyt.hunan.gov.cn", "zh-CN", NoticeKind.PROJECT, NoticeChannel.EMAIL);
        SMTP.cut();
        notifyCommitted(new PortalNotice(
                List.of(id("admin")), "project.notice.reportSubmitted", "/projects/1/reports/gone", "放弃"));
        for (int attempt = 1; attempt <= 3; attempt++) { // chuyi.mail.max-attempts=3 in these tests
            dueNow("given-up@jyt.hunan.gov.cn");
            dispatch.sendDue();
        }
        assertThat(outbox("given-up@jyt.hunan.gov.cn"))
                .containsEntry("status", "FAILED")
                .containsEntry("attempts", 3);

        SMTP.restore();
        dueNow("given-up@jyt.hunan.gov.cn");
        dispatch.sendDue();
        assertThat(SMTP.to("given-up@jyt.hunan.gov.cn")).isEmpty();
    }

    @Test
    void theDigestIsOneMailWithTheDaysNotices() {
        prefer("hngy", "digest@hngy.edu.cn", "en", NoticeKind.PROJECT, NoticeChannel.DIGEST);
        notifyCommitted(new PortalNotice(
                List.of(id("hngy")), "project.notice.reportReviewed", "/projects/1/reports/31", "第一份"));
        notifyCommitted(new PortalNotice(
                List.of(id("hngy")), "project.notice.reportReviewed", "/projects/2/reports/32", "第二份"));
        assertThat(dispatch.sendDue()).as("a digest waits for its time").isZero();

        assertThat(dispatch.bundleDigests()).isEqualTo(1);
        assertThat(dispatch.bundleDigests()).as("bundled once").isZero();
        dispatch.sendDue();

        MimeMessage digest = single(SMTP.to("digest@hngy.edu.cn"));
        assertThat(MailServer.subject(digest))
                .startsWith("[Hunan Chuyi portal] Notifications of ")
                .endsWith("(2)");
        assertThat(MailServer.body(digest))
                .contains(
                        "第一份",
                        "https://chuyi.jyt.hunan.gov.cn/projects/1/reports/31",
                        "第二份",
                        "https://chuyi.jyt.hunan.gov.cn/projects/2/reports/32");
        assertThat(outboxStatuses("digest@hngy.edu.cn")).containsExactly("BUNDLED", "BUNDLED", "SENT");
    }

    private Map<String, Object> outbox(String address) {
        return jdbc.queryForMap("select * from notification_mail where address = ? order by id desc limit 1", address);
    }

    /** As if the back-off had passed. */
    private void dueNow(String address) {
        jdbc.update(
                "update notification_mail set next_attempt_at = current_timestamp - interval '1 second' where address = ?",
                address);
    }

    private static MimeMessage single(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}

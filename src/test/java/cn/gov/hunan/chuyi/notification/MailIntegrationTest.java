package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.support.MailServer;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal with e-mail on, sending to the in-process SMTP server ({@link MailServer}), and a test deadline source
 * standing in for the modules. The mail jobs' timers never fire during a test (an hour's delay, no digest time): the
 * tests run the jobs' work themselves. Every mail test extends this class, so they share one application context.
 */
@TestPropertySource(
        properties = {
            "chuyi.mail.enabled=true",
            "chuyi.mail.from=chuyi-portal@jyt.hunan.gov.cn",
            "chuyi.mail.send-delay=PT1H",
            "chuyi.mail.digest-cron=-",
            "chuyi.mail.max-attempts=3",
            "chuyi.portal.base-url=https://chuyi.jyt.hunan.gov.cn/",
            "chuyi.reminders.send-from=00:00",
            "spring.mail.host=127.0.0.1"
        })
@Import(TestDeadlines.class)
abstract class MailIntegrationTest extends PostgresIntegrationTest {

    static final MailServer SMTP = MailServer.get();

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MailDispatch dispatch;

    @Autowired
    Reminders reminders;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @BeforeEach
    void emptyMailboxesAndOutbox() throws Exception {
        SMTP.restore();
        SMTP.clear();
        jdbc.update("update notification_mail set status = 'SENT' where status in ('PENDING', 'DIGEST')");
        TestDeadlines.DEADLINES.clear();
        // the modules' own deadlines (rectification, annual reports, selection) may be due on rows other tests left:
        // remind them now, so that the reminders a test counts are its own
        reminders.remindDue();
        jdbc.update("update notification_mail set status = 'SENT' where status in ('PENDING', 'DIGEST')");
        SMTP.clear();
    }

    long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    /** A user's choices, as the preferences page stores them. */
    void prefer(String username, String email, String language, NoticeKind kind, NoticeChannel channel) {
        long user = id(username);
        jdbc.update("delete from notification_channel where user_id = ?", user);
        jdbc.update("delete from notification_preference where user_id = ?", user);
        jdbc.update(
                "insert into notification_preference (user_id, language, updated_at) values (?, ?, current_timestamp)",
                user,
                language);
        // the address is the account's
        jdbc.update("update app_user set email = ? where id = ?", email, user);
        if (channel != NoticeChannel.IN_APP) {
            jdbc.update(
                    "insert into notification_channel (user_id, kind, channel) values (?, ?, ?)",
                    user,
                    kind.name(),
                    channel.name());
        }
    }

    /** A module's change that notifies, committed. */
    void notifyCommitted(PortalNotice notice) {
        transactions.executeWithoutResult(status -> events.publishEvent(notice));
    }

    int notificationsOf(String username, String link) {
        return jdbc.queryForObject(
                "select count(*) from notification where user_id = ? and link = ?", Integer.class, id(username), link);
    }

    List<String> outboxStatuses(String address) {
        return jdbc.queryForList(
                "select status from notification_mail where address = ? order by id", String.class, address);
    }
}

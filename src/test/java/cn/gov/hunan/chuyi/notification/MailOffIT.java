package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.ChuyiApplication;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.PostgresTestDatabase;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail off, as shipped (the suite's own context, which also switches the reminder job off: no SMTP server): the portal
 * boots, nothing goes to the outbox, no mail or reminder job is scheduled, and the preferences page says mail is off. Switching mail
 * on without a server fails at start with the setting to give, not at the first notice.
 */
class MailOffIT extends PostgresIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void withMailOffNoticesStayInThePortal() throws Exception {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
        assertThat(context.getBeanNamesForType(MailJobs.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ReminderJob.class)).isEmpty();

        long user = jdbc.queryForObject("select id from app_user where username = 'hngy'", Long.class);
        jdbc.update("delete from notification_channel where user_id = ?", user);
        jdbc.update("delete from notification_preference where user_id = ?", user);
        jdbc.update(
                "insert into notification_preference (user_id, language, updated_at) values (?, 'zh-CN', current_timestamp)",
                user);
        jdbc.update("update app_user set email = 'off@hngy.edu.cn' where id = ?", user);
        jdbc.update("insert into notification_channel (user_id, kind, channel) values (?, 'PROJECT', 'EMAIL')", user);

        transactions.executeWithoutResult(s -> events.publishEvent(
                new PortalNotice(List.of(user), "project.notice.reportReviewed", "/projects/1/reports/off", "邮件关闭")));

        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where link = '/projects/1/reports/off'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_mail where address = 'off@hngy.edu.cn'", Integer.class))
                .isZero();
        mvc.perform(get("/notifications/preferences").with(users.as("hngy")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"mail-off\"")));
    }

    @Test
    void mailOnWithoutAServerFailsAtStartSayingWhatToSet() {
        var database = PostgresTestDatabase.connection();
        assertThatThrownBy(() -> new SpringApplicationBuilder(ChuyiApplication.class)
                        .profiles("postgres")
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=" + database.url(),
                                "--spring.datasource.username=" + database.username(),
                                "--spring.datasource.password=" + database.password(),
                                "--spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor},classpath:db/demo",
                                "--chuyi.mail.enabled=true",
                                "--chuyi.security.secret-key=7iuBRKXepRGT52vKDxI/GkV9KJYtxOgcuTSj7fWvUSA=",
                                "--chuyi.attachment.directory=target/test-attachments${chuyi.test.fork:}")
                        .close())
                .hasStackTraceContaining("chuyi.mail.enabled=true needs an SMTP server: set spring.mail.host");
    }
}

package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.support.MailServer;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The preferences page: each user sets their own address (the account's, which the system administrator may also set),
 * language and channels; refused input comes back as typed.
 */
class PreferencesPageIT extends MailIntegrationTest {

    @BeforeEach
    void noChoicesYet() {
        for (String user : List.of("expert1", "inspector1")) {
            jdbc.update("delete from notification_channel where user_id = ?", id(user));
            jdbc.update("delete from notification_preference where user_id = ?", id(user));
            jdbc.update("update app_user set email = null where id = ?", id(user));
        }
    }

    @Test
    void aUserChoosesEmailForRemindersAndGetsThemThatWay() throws Exception {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from account_change", Long.class);
        mvc.perform(get("/notifications/preferences").with(users.as("expert1")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"channel-REMINDER-EMAIL\"")));

        mvc.perform(post("/notifications/preferences")
                        .with(users.as("expert1"))
                        .with(csrf())
                        .param("email", " expert.one@hnu.edu.cn ")
                        .param("language", "en")
                        .param("version", "0")
                        .param("channels[REMINDER]", "EMAIL")
                        .param("channels[SELECTION]", "DIGEST"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/notifications/preferences"));

        assertThat(jdbc.queryForMap(
                        "select u.email, p.language from app_user u join notification_preference p on p.user_id = u.id"
                                + " where u.id = ?",
                        id("expert1")))
                .containsEntry("email", "expert.one@hnu.edu.cn")
                .containsEntry("language", "en");
        assertThat(jdbc.queryForList(
                        "select actor || ' ' || to_status || ' ' || reason_key || ' ' || reason_arguments"
                                + " from account_change where user_id = ? and id > ?",
                        String.class,
                        id("expert1"),
                        before))
                .as("the user's own change of address is a line of the account's history, by them")
                .containsExactly("expert1 CHANGED account.change.email expert.one@hnu.edu.cn");
        mvc.perform(get("/notifications/preferences").with(users.as("expert1")))
                .andExpect(content().string(Matchers.containsString("value=\"expert.one@hnu.edu.cn\"")))
                .andExpect(
                        content().string(Matchers.matchesRegex("(?s).*id=\"channel-REMINDER-EMAIL\"[^>]*checked.*")));

        notifyCommitted(new PortalNotice(
                List.of(id("expert1")),
                Reminders.UPCOMING,
                "/reviews/1",
                "评审任务",
                List.of("notification.reminder.kind.test", "2025-06-30 17:00")));
        dispatch.sendDue();
        assertThat(SMTP.to("expert.one@hnu.edu.cn"))
                .singleElement()
                .satisfies(m -> assertThat(MailServer.subject(m)).startsWith("[Hunan Chuyi portal] Reminder:"));
    }

    @Test
    void aRefusedFormComesBackAsTypedWithTheReasonInTheUsersLanguage() throws Exception {
        mvc.perform(post("/notifications/preferences")
                        .with(users.as("inspector1"))
                        .with(csrf())
                        .param("email", "not-an-address")
                        .param("language", "zh-CN")
                        .param("version", "0")
                        .param("channels[SUPERVISION]", "EMAIL"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"not-an-address\"")))
                .andExpect(content().string(Matchers.containsString("请填写一个有效的电子邮箱地址")))
                .andExpect(content()
                        .string(Matchers.matchesRegex("(?s).*id=\"channel-SUPERVISION-EMAIL\"[^>]*checked.*")));

        mvc.perform(post("/notifications/preferences?lang=en")
                        .with(users.as("inspector1"))
                        .with(csrf())
                        .param("email", "")
                        .param("language", "en")
                        .param("version", "0")
                        .param("channels[SUPERVISION]", "DIGEST"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("You chose e-mail or the digest: enter the address")));

        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_preference where user_id = ?",
                        Integer.class,
                        id("inspector1")))
                .as("nothing stored")
                .isZero();
    }

    @Test
    void aPostedUserIdIsNeverBound() throws Exception {
        mvc.perform(post("/notifications/preferences")
                        .with(users.as("inspector1"))
                        .with(csrf())
                        .param("email", "inspector@jyt.hunan.gov.cn")
                        .param("language", "zh-CN")
                        .param("version", "0")
                        .param("userId", String.valueOf(id("expert1"))))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_preference where user_id = ?", Integer.class, id("expert1")))
                .isZero();
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, id("inspector1")))
                .as("the account's address")
                .isEqualTo("inspector@jyt.hunan.gov.cn");
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, id("expert1")))
                .isNull();
    }

    @Test
    void theAddressTheAdministratorGaveIsTheOneThePageShowsAndTheMailsGoTo() throws Exception {
        jdbc.update("update app_user set email = 'given.by.admin@jyt.hunan.gov.cn' where id = ?", id("inspector1"));
        mvc.perform(get("/notifications/preferences").with(users.as("inspector1")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"given.by.admin@jyt.hunan.gov.cn\"")));
        jdbc.update(
                "insert into notification_preference (user_id, language, updated_at) values (?, 'zh-CN', current_timestamp)",
                id("inspector1"));
        jdbc.update(
                "insert into notification_channel (user_id, kind, channel) values (?, 'REMINDER', 'EMAIL')",
                id("inspector1"));
        notifyCommitted(new PortalNotice(
                List.of(id("inspector1")),
                Reminders.UPCOMING,
                "/supervision/findings/1",
                "整改事项",
                List.of("notification.reminder.kind.test", "2025-06-30 17:00")));
        dispatch.sendDue();
        assertThat(SMTP.to("given.by.admin@jyt.hunan.gov.cn")).hasSize(1);
    }
}

package cn.gov.hunan.chuyi.account.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The e-mail address is the account's (issue 16): the system administrator gives it when creating an account and
 * changes it on the account's page (a refused address changes nothing and comes back as typed), each change a line of
 * the account's history; the security administrator reads it and has no form to change it.
 */
class AccountEmailIT extends PostgresIntegrationTest {

    private String email(String username) {
        return jdbc.queryForObject("select email from app_user where username = ?", String.class, username);
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    @Test
    void theSystemAdministratorGivesAndChangesTheAddressAndTheSecurityAdministratorReadsIt() throws Exception {
        String name = "mail-" + (System.nanoTime() % 1_000_000);
        String refused = mvc.perform(post("/admin/users")
                        .param("username", name)
                        .param("displayName", "邮箱账号")
                        .param("email", "zhang@@edu")
                        .with(users.as("sysadmin"))
                        .with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("value=\"zhang@@edu\"")
                .contains("value=\"" + name + "\"")
                .contains("请填写有效的电子邮箱地址");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, name))
                .as("nothing created")
                .isZero();

        mvc.perform(post("/admin/users")
                .param("username", name)
                .param("displayName", "邮箱账号")
                .param("email", " zhang.san@jyt.hunan.gov.cn ")
                .with(users.as("sysadmin"))
                .with(csrf()));
        assertThat(email(name)).isEqualTo("zhang.san@jyt.hunan.gov.cn");
        long account = id(name);
        String path = "/admin/users/" + account;

        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, account);
        var bad = mvc.perform(post(path)
                        .param("displayName", "邮箱账号")
                        .param("email", "no address")
                        .param("version", String.valueOf(version))
                        .with(users.as("sysadmin"))
                        .with(csrf())
                        .header("Referer", "http://localhost" + path))
                .andReturn();
        assertThat(bad.getFlashMap().get("errorKey")).isEqualTo("account.admin.error.email");
        assertThat(bad.getFlashMap().get("errorField")).isEqualTo("email");
        assertThat(email(name)).as("refused: unchanged").isEqualTo("zhang.san@jyt.hunan.gov.cn");

        mvc.perform(post(path)
                .param("displayName", "邮箱账号")
                .param("email", "li.si@jyt.hunan.gov.cn")
                .param("version", String.valueOf(version))
                .with(users.as("sysadmin"))
                .with(csrf())
                .header("Referer", "http://localhost" + path));
        assertThat(email(name)).isEqualTo("li.si@jyt.hunan.gov.cn");
        assertThat(jdbc.queryForList(
                        "select reason_key from account_change where user_id = ? order by id", String.class, account))
                .filteredOn(k -> k != null && k.contains("account.change.email"))
                .hasSize(2);

        String read = mvc.perform(get(path).with(users.as("secadmin")).header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(read).contains("id=\"account-email\"").contains("li.si@jyt.hunan.gov.cn");
        assertThat(read).doesNotContain("name=\"email\"");
        assertThat(mvc.perform(post(path)
                                .param("displayName", "邮箱账号")
                                .param("email", "x@jyt.hunan.gov.cn")
                                .param("version", "0")
                                .with(users.as("secadmin"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(email(name)).isEqualTo("li.si@jyt.hunan.gov.cn");
    }
}

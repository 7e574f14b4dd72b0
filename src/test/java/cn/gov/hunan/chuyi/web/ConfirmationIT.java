package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The steps that cannot be undone outside selection — starting and publishing a supervision plan, revoking a
 * project, releasing a lockout, disabling an account — happen only on a confirmed post; an unconfirmed one changes
 * nothing and answers the confirmation page (shared.ConfirmationRequired, {@link ConfirmationAdvice}). And a refusal
 * after confirming goes back to the page the user started from, not to the post's address.
 */
class ConfirmationIT extends PostgresIntegrationTest {

    private MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost/start"))
                .andReturn()
                .getResponse();
    }

    private long plan(int year) throws Exception {
        String location = send(
                        "admin",
                        post("/supervision/plans")
                                .param("year", String.valueOf(year))
                                .param("topic", "确认测试")
                                .param("visitFrom", year + "-11-01")
                                .param("visitTo", year + "-11-30")
                                .param("name_0", "政策保障")
                                .param("weight_0", "100"))
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private int tasks(long plan) {
        return jdbc.queryForObject("select count(*) from inspection_task where plan_id = ?", Integer.class, plan);
    }

    @Test
    void startingAndPublishingASupervisionPlanAskFirst() throws Exception {
        // one plan a year: the first year this test has not used yet (SupervisionYearIT takes 2080 onwards)
        int year = jdbc.queryForObject("""
                select min(y) from generate_series(2040, 2079) y where not exists (select 1 from supervision_plan where plan_year = y)""", Integer.class);
        long plan = plan(year);
        var activate = post("/supervision/plans/" + plan + "/activate").param("version", "0");

        var asked = send("admin", activate);
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString())
                .contains("将为 14 个市州各生成一项督查任务")
                .contains(year + " 确认测试")
                .contains("name=\"version\" value=\"0\"")
                .contains("action=\"/supervision/plans/" + plan + "/activate\"");
        assertThat(tasks(plan)).as("nothing created").isZero();

        send("admin", activate.param("confirmed", "true"));
        assertThat(tasks(plan)).isEqualTo(14);

        var publish = post("/supervision/plans/" + plan + "/publish").param("version", "1");
        assertThat(send("admin", publish).getContentAsString()).contains("14 项任务的评分、等级和报告全部冻结，发布后不能修改");
        // confirmed, but the cities have not reported: the refusal goes back to where the user started
        var refused = mvc.perform(publish.param("confirmed", "true")
                        .param("_back", "/supervision/plans/" + plan)
                        .with(users.as("admin"))
                        .with(csrf())
                        .header("Referer", "http://localhost/supervision/plans/" + plan + "/publish"))
                .andReturn();
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("supervision.plan.error.unreported");
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/supervision/plans/" + plan);
        assertThat(jdbc.queryForObject("select status from supervision_plan where id = ?", String.class, plan))
                .isEqualTo("ACTIVE");
    }

    @Test
    void revokingAProjectAsksNamingIt() throws Exception {
        var project = jdbc.queryForMap("""
                select id, title, version from designated_project where status not in ('REVOKED', 'ACCEPTED', 'FAILED', 'EXITED')
                order by id desc limit 1""");
        long id = ((Number) project.get("id")).longValue();
        var revoke = post("/projects/" + id + "/revoke")
                .param("reason", "确认测试")
                .param("version", project.get("version").toString());

        var asked = send("admin", revoke);
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString())
                .contains("撤销“" + project.get("title") + "”后")
                .contains("撤销不能恢复")
                .contains("name=\"reason\" value=\"确认测试\"");
        assertThat(jdbc.queryForObject("select status from designated_project where id = ?", String.class, id))
                .isNotEqualTo("REVOKED");

        send("admin", revoke.param("confirmed", "true"));
        assertThat(jdbc.queryForObject("select status from designated_project where id = ?", String.class, id))
                .isEqualTo("REVOKED");
    }

    @Test
    void releasingALockoutAndDisablingAnAccountAskFirst() throws Exception {
        String name = "confirm" + System.nanoTime() % 1_000_000;
        long id = jdbc.queryForObject("""
                insert into app_user (username, display_name, password_hash, password_changed_at, organization_id)
                select ?, '确认测试账号', password_hash, current_timestamp, organization_id from app_user where username = 'hngy'
                returning id""", Long.class, name);
        jdbc.update("insert into user_role (user_id, role) values (?, 'SCHOOL_ADMIN')", id);
        String changes = "select count(*) from account_change where user_id = ?";

        var release = post("/admin/users/" + id + "/lockout/release");
        var asked = send("secadmin", release);
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("解除账号 " + name + " 的登录锁定后");
        assertThat(jdbc.queryForObject(changes, Integer.class, id)).isZero();
        send("secadmin", release.param("confirmed", "true"));
        assertThat(jdbc.queryForObject(changes, Integer.class, id)).isEqualTo(1);

        var disable = post("/admin/users/" + id + "/enabled")
                .param("enabled", "false")
                .param("reason", "离职")
                .param(
                        "version",
                        String.valueOf(
                                jdbc.queryForObject("select version from app_user where id = ?", Long.class, id)));
        assertThat(send("sysadmin", disable).getContentAsString()).contains("停用账号 " + name + " 后，它的所有会话立即结束");
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id))
                .isTrue();
        send("sysadmin", disable.param("confirmed", "true"));
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id))
                .isFalse();

        // enabling again is not irreversible: no question
        var enable = send(
                "sysadmin",
                post("/admin/users/" + id + "/enabled")
                        .param("enabled", "true")
                        .param("reason", "返聘")
                        .param(
                                "version",
                                String.valueOf(jdbc.queryForObject(
                                        "select version from app_user where id = ?", Long.class, id))));
        assertThat(enable.getRedirectedUrl()).isEqualTo("/admin/users/" + id);
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id))
                .isTrue();
    }
}

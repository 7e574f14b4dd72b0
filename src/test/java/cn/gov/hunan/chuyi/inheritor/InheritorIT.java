package cn.gov.hunan.chuyi.inheritor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Spirit inheritors: a school nominates, the department decides, the recognised are public; who may do what. */
class InheritorIT extends PostgresIntegrationTest {

    private MvcResult post(String user, String path, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(path)
                .with(users.as(user))
                .with(csrf())
                .header("Referer", "http://localhost/inheritors/nominations");
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private String page(String user, String path) throws Exception {
        var request = get(path);
        if (user != null) {
            request.with(users.as(user));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from inheritor where id = ?", Long.class, id);
    }

    @Test
    void aSchoolNominatesThePersonTheDepartmentRecognisesAndTheyArePublic() throws Exception {
        var invalid = post(
                "xhcy",
                "/inheritors/nominations",
                "name",
                "",
                "position",
                "学生",
                "achievements",
                "事迹",
                "competition",
                "OTHER",
                "awardYear",
                "2024",
                "level",
                "CITY",
                "award",
                "一等奖");
        assertThat(invalid.getResponse().getContentAsString()).contains("请填写姓名").contains("事迹");
        var unnamed = post(
                "xhcy",
                "/inheritors/nominations",
                "name",
                "赵测试",
                "position",
                "学生",
                "achievements",
                "事迹",
                "competition",
                "OTHER",
                "awardYear",
                "2024",
                "level",
                "CITY",
                "award",
                "一等奖");
        assertThat(unnamed.getResponse().getContentAsString())
                .contains("选择“其他竞赛或活动”时须填写名称")
                .contains("赵测试");

        String location = post(
                        "xhcy",
                        "/inheritors/nominations",
                        "name",
                        "赵测试",
                        "position",
                        "2024 届毕业生",
                        "achievements",
                        "获楚怡杯一等奖。",
                        "competition",
                        "CHUYI_CUP",
                        "awardYear",
                        "2024",
                        "level",
                        "PROVINCIAL",
                        "award",
                        "一等奖")
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(post(
                                "xhcy",
                                location + "/awards",
                                "competition",
                                "WENMING_FENGCAI",
                                "awardYear",
                                "2023",
                                "level",
                                "CITY",
                                "award",
                                "优秀志愿者")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(location);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inheritor_award where inheritor_id = ?", Integer.class, id))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = 'admin' and n.message_key = 'inheritor.notice.nominated'""", Integer.class)).isPositive();

        assertThat(page(null, "/inheritors")).doesNotContain("赵测试");
        assertThat(post(
                                "xhcy",
                                location + "/moves",
                                "move",
                                "RECOGNISE",
                                "year",
                                "2026",
                                "version",
                                String.valueOf(version(id)))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(post(
                                "admin",
                                location + "/moves",
                                "move",
                                "DECLINE",
                                "reason",
                                " ",
                                "version",
                                String.valueOf(version(id)))
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("inheritor.error.reason");
        assertThat(post("admin", location + "/moves", "move", "RECOGNISE", "version", String.valueOf(version(id)))
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("inheritor.error.recognisedYear");
        post("admin", location + "/moves", "move", "RECOGNISE", "year", "2026", "version", String.valueOf(version(id)));
        assertThat(jdbc.queryForObject("select status from inheritor where id = ?", String.class, id))
                .isEqualTo("RECOGNISED");
        assertThat(post(
                                "xhcy",
                                location + "/awards",
                                "competition",
                                "INNOVATION",
                                "awardYear",
                                "2025",
                                "level",
                                "CITY",
                                "award",
                                "银奖")
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("inheritor.error.decided");
        assertThat(post("xhcy", location + "/moves", "move", "WITHDRAW", "version", String.valueOf(version(id)))
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("inheritor.error.transition");

        String publicList = page(null, "/inheritors?year=2026");
        assertThat(publicList)
                .contains("赵测试")
                .contains("新化县楚怡工业学校")
                .contains("楚怡杯职业院校技能竞赛")
                .contains("优秀志愿者")
                .doesNotContain("张楚怡（演示）");
        assertThat(page(null, "/inheritors")).contains("张楚怡（演示）").doesNotContain("王匠心（演示）");
        assertThat(jdbc.queryForList(
                        "select to_status from inheritor_change where inheritor_id = ? order by id", String.class, id))
                .containsExactly("NOMINATED", "RECOGNISED");

        post(
                "admin",
                location + "/moves",
                "move",
                "REVOKE",
                "reason",
                "经核查事迹不实",
                "version",
                String.valueOf(version(id)));
        assertThat(page(null, "/inheritors?year=2026")).doesNotContain("赵测试");
        assertThat(page("xhcy", location)).contains("经核查事迹不实").contains("已撤销认定");
    }

    @Test
    void eachRoleSeesItsSliceAndOnlyTheRightRolesAct() throws Exception {
        long pending = jdbc.queryForObject("select id from inheritor where name = '王匠心（演示）'", Long.class);
        assertThat(page("xhcy", "/inheritors/nominations")).contains("王匠心（演示）").doesNotContain("张楚怡（演示）");
        assertThat(page("loudi", "/inheritors/nominations")).contains("王匠心（演示）").doesNotContain("张楚怡（演示）");
        assertThat(page("changsha", "/inheritors/nominations"))
                .doesNotContain("王匠心（演示）")
                .contains("张楚怡（演示）");
        assertThat(page("admin", "/inheritors/nominations")).contains("王匠心（演示）").contains("张楚怡（演示）");
        assertThat(mvc.perform(get("/inheritors/" + pending).with(users.as("hngy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/inheritors/" + pending).with(users.as("changsha")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/inheritors/" + pending).with(users.as("loudi")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(post("hngy", "/inheritors/" + pending + "/moves", "move", "WITHDRAW", "version", "0")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(post(
                                "hngy",
                                "/inheritors/" + pending + "/awards",
                                "competition",
                                "CHUYI_CUP",
                                "awardYear",
                                "2024",
                                "level",
                                "CITY",
                                "award",
                                "x")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        for (String user :
                List.of("admin", "changsha", "hngy", "expert1", "inspector1", "auditor", "sysadmin", "secadmin")) {
            boolean business = !Set.of("auditor", "sysadmin", "secadmin").contains(user);
            assertThat(mvc.perform(get("/inheritors").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(200);
            assertThat(mvc.perform(get("/inheritors/nominations").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(business ? 200 : 403);
            assertThat(mvc.perform(get("/inheritors/nominations/new").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo("hngy".equals(user) ? 200 : 403);
            var move = post(
                    user, "/inheritors/" + pending + "/moves", "move", "RECOGNISE", "year", "2026", "version", "999");
            assertThat(move.getResponse().getStatus())
                    .as(user + " move")
                    .isEqualTo("admin".equals(user) ? 302 : "hngy".equals(user) ? 404 : 403);
            if ("admin".equals(user)) {
                assertThat(move.getFlashMap().get("errorKey"))
                        .as("a stale version is refused")
                        .isEqualTo("error.409.text");
            }
        }
        assertThat(mvc.perform(get("/inheritors/nominations"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }
}

package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every supervision endpoint by role, and guessed ids of other cities' and schools' records. */
class SupervisionAuthorizationIT extends PostgresIntegrationTest {

    static final List<String> EVERYONE = List.of(
            "admin",
            "changsha",
            "loudi",
            "hngy",
            "xhcy",
            "expert1",
            "inspector1",
            "inspector2",
            "auditor",
            "sysadmin",
            "secadmin");

    long plan2026;
    long changshaTask;
    long loudiTask;
    long changshaFinding;
    long xhcyFinding;

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @BeforeEach
    void demoRecords() {
        plan2026 = id("select id from supervision_plan where plan_year = 2026");
        changshaTask = id(
                "select id from inspection_task where plan_id = (select id from supervision_plan where plan_year = 2026) and city_code = '430100'");
        loudiTask = id(
                "select id from inspection_task where plan_id = (select id from supervision_plan where plan_year = 2026) and city_code = '431300'");
        changshaFinding = id("select id from finding where category = '企业兼职教师比例偏低'");
        xhcyFinding = id("select id from finding where category = '双师型教师比例不足'");
    }

    private int status(String user, String method, String path, String... params) throws Exception {
        var request = ("GET".equals(method)
                        ? get(path)
                        : post(path).with(csrf()).header("Referer", "http://localhost/"))
                .with(users.as(user));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /**
     * The roles in {@code allowed} get past the role rule and get {@code expected} — the page (200), the refusal sent
     * back to the form (302), the confirmation asked first (200), or "not found" for the probed id 0 (404) —, everyone
     * else is refused by role (403).
     */
    private void onlyTheseRolesGetPast(Set<String> allowed, int expected, String method, String path, String... params)
            throws Exception {
        for (String user : EVERYONE) {
            int status = status(user, method, path, params);
            if (allowed.contains(user)) {
                assertThat(status).as("%s %s %s", user, method, path).isEqualTo(expected);
            } else {
                assertThat(status).as("%s %s %s", user, method, path).isEqualTo(403);
            }
        }
    }

    @Test
    void planPagesAreForProvinceStaffOnly() throws Exception {
        Set<String> admin = Set.of("admin");
        onlyTheseRolesGetPast(admin, 200, "GET", "/supervision/plans");
        onlyTheseRolesGetPast(admin, 200, "GET", "/supervision/plans/new");
        onlyTheseRolesGetPast(admin, 200, "GET", "/supervision/plans/" + plan2026);
        onlyTheseRolesGetPast(admin, 200, "GET", "/supervision/plans/" + plan2026 + "/results");
        onlyTheseRolesGetPast(admin, 200, "GET", "/supervision/plans/" + plan2026 + "/results.xlsx");
        // an empty form comes back with the reason and what was typed
        onlyTheseRolesGetPast(admin, 200, "POST", "/supervision/plans", "year", "");
        // not confirmed: the consequence is asked first
        onlyTheseRolesGetPast(admin, 200, "POST", "/supervision/plans/" + plan2026 + "/activate", "version", "-1");
        onlyTheseRolesGetPast(admin, 200, "POST", "/supervision/plans/" + plan2026 + "/publish", "version", "-1");
        // no lead chosen: sent back with the reason
        onlyTheseRolesGetPast(admin, 302, "POST", "/supervision/tasks/0/team");
    }

    @Test
    void taskAndRectificationPagesByRole() throws Exception {
        onlyTheseRolesGetPast(
                Set.of("admin", "inspector1", "inspector2", "changsha", "loudi", "hngy", "xhcy"),
                200,
                "GET",
                "/supervision/tasks");
        onlyTheseRolesGetPast(
                Set.of("admin", "inspector1", "inspector2", "changsha", "loudi", "hngy", "xhcy"),
                200,
                "GET",
                "/rectifications");
        // the probed id 0 is no task
        onlyTheseRolesGetPast(Set.of("changsha", "loudi", "hngy", "xhcy"), 404, "POST", "/supervision/tasks/0/data");
        // the city's import of its schools' figures: city officers only; the probed id 0 is no task
        onlyTheseRolesGetPast(Set.of("changsha", "loudi"), 404, "GET", "/supervision/tasks/0/figures-import");
        onlyTheseRolesGetPast(Set.of("changsha", "loudi"), 404, "GET", "/supervision/tasks/0/figures-import/template");
        onlyTheseRolesGetPast(Set.of("changsha", "loudi"), 404, "POST", "/supervision/tasks/0/figures-import");
        onlyTheseRolesGetPast(Set.of("changsha", "loudi"), 404, "GET", "/supervision/tasks/0/figures-import/0");
        onlyTheseRolesGetPast(
                Set.of("changsha", "loudi"),
                404,
                "POST",
                "/supervision/tasks/0/figures-import/0/apply",
                "version",
                "0");
        onlyTheseRolesGetPast(Set.of("hngy", "xhcy"), 200, "GET", "/supervision/data");
        onlyTheseRolesGetPast(Set.of("hngy", "xhcy"), 404, "POST", "/supervision/data/0");
        onlyTheseRolesGetPast(
                Set.of("inspector1", "inspector2"), 404, "POST", "/supervision/tasks/0/scores", "version", "0");
        onlyTheseRolesGetPast(Set.of("inspector1", "inspector2"), 404, "POST", "/supervision/tasks/0/report");
        onlyTheseRolesGetPast(Set.of("inspector1", "inspector2"), 404, "POST", "/supervision/tasks/0/findings");
        onlyTheseRolesGetPast(
                Set.of("admin", "inspector1", "inspector2", "changsha", "loudi", "hngy", "xhcy"),
                404,
                "GET",
                "/supervision/tasks/0");
        onlyTheseRolesGetPast(
                Set.of("changsha", "loudi", "hngy", "xhcy"), 404, "POST", "/supervision/findings/0/answer");
        onlyTheseRolesGetPast(
                Set.of("inspector1", "inspector2"), 404, "POST", "/supervision/findings/0/verify", "accepted", "true");
        onlyTheseRolesGetPast(
                Set.of("admin", "inspector1", "inspector2", "changsha", "loudi", "hngy", "xhcy"),
                404,
                "GET",
                "/supervision/findings/0");
    }

    @Test
    void aCitySeesOnlyItsOwnTasksAndItems() throws Exception {
        assertThat(status("changsha", "GET", "/supervision/tasks/" + loudiTask)).isEqualTo(404);
        assertThat(status("changsha", "POST", "/supervision/tasks/" + loudiTask + "/data"))
                .isEqualTo(404);
        assertThat(status("loudi", "GET", "/supervision/findings/" + changshaFinding))
                .isEqualTo(404);
        assertThat(status("loudi", "POST", "/supervision/findings/" + changshaFinding + "/answer", "measures", "x"))
                .isEqualTo(404);
        assertThat(status("changsha", "GET", "/supervision/tasks/" + changshaTask))
                .isEqualTo(200);
        assertThat(status("changsha", "GET", "/supervision/tasks/" + loudiTask + "/figures-import"))
                .isEqualTo(404);
        assertThat(status("changsha", "GET", "/supervision/tasks/" + loudiTask + "/figures-import/template"))
                .isEqualTo(404);
        assertThat(status("changsha", "POST", "/supervision/tasks/" + loudiTask + "/figures-import"))
                .isEqualTo(404);
        String list = mvc.perform(get("/rectifications").with(users.as("loudi")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("双师型教师比例不足").doesNotContain("企业兼职教师比例偏低");
    }

    @Test
    void aSchoolSeesOnlyTheItemsAddressedToIt() throws Exception {
        assertThat(status("xhcy", "GET", "/supervision/findings/" + xhcyFinding))
                .isEqualTo(200);
        assertThat(status("hngy", "GET", "/supervision/findings/" + xhcyFinding))
                .isEqualTo(404);
        assertThat(status("xhcy", "GET", "/supervision/findings/" + changshaFinding))
                .isEqualTo(404);
        assertThat(status("xhcy", "GET", "/supervision/tasks/" + loudiTask))
                .as("a city task is not the school's")
                .isEqualTo(404);
        assertThat(status("xhcy", "POST", "/supervision/tasks/" + loudiTask + "/data"))
                .isEqualTo(404);
        String list = mvc.perform(get("/rectifications").with(users.as("hngy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("暂无整改事项");
        String requests = mvc.perform(get("/supervision/data").with(users.as("hngy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(requests).as("a 长沙 school is not asked for 娄底's figures").doesNotContain("request-" + loudiTask);
        assertThat(status("hngy", "POST", "/supervision/data/" + loudiTask)).isEqualTo(404);
        assertThat(status("loudi", "GET", "/supervision/tasks/" + loudiTask)).isEqualTo(200);
    }

    @Test
    void anInspectorSeesOnlyItsTeamsTasks() throws Exception {
        long otherTask = id(
                "select id from inspection_task where plan_id = (select id from supervision_plan where plan_year = 2026) and city_code = '430200'");
        assertThat(status("inspector1", "GET", "/supervision/tasks/" + otherTask))
                .isEqualTo(404);
        assertThat(status("inspector1", "GET", "/supervision/tasks/" + changshaTask))
                .isEqualTo(200);
        assertThat(status("inspector1", "POST", "/supervision/tasks/" + otherTask + "/findings", "category", "x"))
                .isEqualTo(404);
        assertThat(status("admin", "GET", "/supervision/tasks/" + otherTask)).isEqualTo(200);
    }
}

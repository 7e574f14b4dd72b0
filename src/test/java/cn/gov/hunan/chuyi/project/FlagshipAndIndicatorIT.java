package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The flagship schools' "three unified" checklist and the department's construction indicators. */
class FlagshipAndIndicatorIT extends PostgresIntegrationTest {

    private MvcResult post(String user, String path, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(path)
                .with(users.as(user))
                .with(csrf())
                .header("Referer", "http://localhost" + path);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aCityReportsItsFlagshipSchoolsUnifiedItemsWithEvidence() throws Exception {
        String overview = page("admin", "/flagships");
        assertThat(overview.split("id=\"flagship-4", -1).length - 1).isEqualTo(14);
        String changsha = overview.substring(overview.indexOf("id=\"flagship-430100\""));
        assertThat(changsha.substring(0, changsha.indexOf("</tr>")))
                .contains("浏阳市楚怡中等职业学校")
                .contains("3 / 3");

        assertThat(post("changsha", "/flagships/431300/STYLE", "done", "true", "evidence", "x")
                        .getResponse()
                        .getStatus())
                .as("another city's officer")
                .isEqualTo(403);
        assertThat(post("loudi", "/flagships/431300/STYLE", "done", "true", "evidence", " ")
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("project.flagship.error.evidence");
        var recorded = mvc.perform(multipart("/flagships/431300/STYLE")
                        .file(new MockMultipartFile("file", "外立面.jpg", "image/jpeg", new byte[] {
                            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0
                        }))
                        .param("done", "true")
                        .param("evidence", "教学楼外立面按统一风格改造完成。")
                        .with(users.as("loudi"))
                        .with(csrf()))
                .andReturn();
        assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/flagships/431300");
        post("loudi", "/flagships/431300/LOGO", "done", "true", "evidence", "标识已启用。");
        String loudi = page("inspector1", "/flagships/431300");
        assertThat(loudi)
                .contains("教学楼外立面按统一风格改造完成")
                .contains("外立面.jpg")
                .contains("标识已启用")
                .doesNotContain("record-NAME");
        assertThat(page("loudi", "/flagships/431300")).contains("record-NAME");
        assertThat(mvc.perform(get("/flagships/431300/STYLE/file").with(users.as("changsha")))
                        .andReturn()
                        .getResponse()
                        .getContentType())
                .isEqualTo("image/jpeg");
        assertThat(jdbc.queryForList("""
                select c.to_status from flagship_check_change c join flagship_check f on f.id = c.check_id
                where f.city_code = '431300' and f.item = 'LOGO' order by c.id""", String.class)).containsExactly("NOT_DONE", "DONE");

        for (String user : List.of("hngy", "expert1", "auditor", "sysadmin")) {
            assertThat(mvc.perform(get("/flagships").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(post("inspector1", "/flagships/431300/NAME", "done", "true", "evidence", "x")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/flagships/999999").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theDepartmentKeepsTheIndicatorsAndARetiredOneLeavesNewReportsButNotOldOnes() throws Exception {
        String path = "/programs/TRAINING_BASE/indicators";
        assertThat(page("admin", path)).contains("实训工位数").contains("年培训人次");
        assertThat(post("admin", path, "name", "", "unit", "个").getFlashMap().get("errorKey"))
                .isEqualTo("project.indicator.error.fields");
        assertThat(post("admin", path, "name", "实训工位数", "unit", "个")
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("project.indicator.error.duplicate");
        post("admin", path, "name", "企业兼职教师", "unit", "人");
        long added = jdbc.queryForObject("select id from project_indicator where name = '企业兼职教师'", Long.class);
        assertThat(jdbc.queryForObject("select sort_order from project_indicator where id = ?", Integer.class, added))
                .isEqualTo(4);
        post("admin", path + "/" + added + "/move", "up", "true");
        assertThat(jdbc.queryForObject("select sort_order from project_indicator where id = ?", Integer.class, added))
                .isEqualTo(3);

        long stations = jdbc.queryForObject(
                "select id from project_indicator where program_code = 'TRAINING_BASE' and name = '实训工位数'", Long.class);
        long version = jdbc.queryForObject("select version from project_indicator where id = ?", Long.class, stations);
        post("admin", path + "/" + stations + "/active", "active", "false", "version", String.valueOf(version));
        assertThat(jdbc.queryForObject("select active from project_indicator where id = ?", Boolean.class, stations))
                .isFalse();
        assertThat(page("admin", path)).contains("已停用");
        assertThat(post("admin", path + "/" + stations, "name", "工位", "unit", "个", "version", String.valueOf(version))
                        .getFlashMap()
                        .get("errorKey"))
                .as("a stale version")
                .isEqualTo("error.409.text");

        assertThat(jdbc.queryForObject(
                        "select count(*) from project_indicator_change where indicator_id = ?", Integer.class, added))
                .isEqualTo(2);

        // a report that already holds a retired indicator keeps showing it; a new report no longer asks for it
        long visitors = jdbc.queryForObject(
                "select id from project_indicator where program_code = 'CULTURE_BASE' and name = '接待参观人次'", Long.class);
        long visitorsVersion =
                jdbc.queryForObject("select version from project_indicator where id = ?", Long.class, visitors);
        post(
                "admin",
                "/programs/CULTURE_BASE/indicators/" + visitors + "/active",
                "active",
                "false",
                "version",
                String.valueOf(visitorsVersion));
        try {
            var old = jdbc.queryForMap("""
                    select r.id, r.project_id from annual_report r join designated_project p on p.id = r.project_id
                    join organization o on o.id = p.organization_id
                    where o.name = '湖南工业职业技术学院' and p.program_code = 'CULTURE_BASE' and r.report_year = 2023""");
            assertThat(page("admin", "/projects/" + old.get("project_id") + "/reports/" + old.get("id")))
                    .contains("接待参观人次");
            long project = jdbc.queryForObject("""
                    select p.id from designated_project p join organization o on o.id = p.organization_id
                    where o.name = '新化县楚怡工业学校' and p.program_code = 'CULTURE_BASE'""", Long.class);
            String location = post("xhcy", "/projects/" + project + "/reports", "year", "2024")
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(page("xhcy", location)).doesNotContain("接待参观人次").contains("举办展览");
            jdbc.update(
                    "delete from annual_report_change where report_id = ?",
                    Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
            jdbc.update(
                    "delete from annual_report where id = ?",
                    Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        } finally {
            visitorsVersion =
                    jdbc.queryForObject("select version from project_indicator where id = ?", Long.class, visitors);
            post(
                    "admin",
                    "/programs/CULTURE_BASE/indicators/" + visitors + "/active",
                    "active",
                    "true",
                    "version",
                    String.valueOf(visitorsVersion));
        }

        for (String user : List.of("changsha", "hngy", "expert1", "inspector1", "auditor")) {
            assertThat(mvc.perform(get(path).with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
            assertThat(post(user, path, "name", "x", "unit", "个").getResponse().getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        // restore, so the other tests see the demo indicators
        version = jdbc.queryForObject("select version from project_indicator where id = ?", Long.class, stations);
        post("admin", path + "/" + stations + "/active", "active", "true", "version", String.valueOf(version));
        assertThat(Set.copyOf(jdbc.queryForList(
                        "select active from project_indicator where program_code = 'TRAINING_BASE'", Boolean.class)))
                .containsExactly(true);
    }
}

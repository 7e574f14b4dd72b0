package cn.gov.hunan.chuyi.thinktank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Think-tank activities: the public list, recording with validation, files for staff only, cancelling. */
class ThinkTankIT extends PostgresIntegrationTest {

    private MvcResult post(String user, String path, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(path)
                .with(users.as(user))
                .with(csrf())
                .header("Referer", "http://localhost/think-tank");
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void anyoneReadsTheComingAndPastActivitiesWithoutSigningIn() throws Exception {
        String page = mvc.perform(get("/think-tank")).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("coming-activities")).isLessThan(page.indexOf("past-activities"));
        String coming = page.substring(page.indexOf("coming-activities"), page.indexOf("past-activities"));
        assertThat(coming).contains("“双师型”教师队伍建设").doesNotContain("楚怡精神与新时代职业教育");
        assertThat(page.substring(page.indexOf("past-activities")))
                .contains("楚怡精神与新时代职业教育")
                .contains("420");
        assertThat(page).doesNotContain("new-activity");
        long id = jdbc.queryForObject("select id from think_tank_activity where title like '楚怡职业教育论坛%'", Long.class);
        String detail =
                mvc.perform(get("/think-tank/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("产教融合").doesNotContain("id=\"history\"").doesNotContain("attach-form");
        assertThat(mvc.perform(get("/think-tank/new")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void theDepartmentRecordsAnActivityWithItsFilesAndCancelsOne() throws Exception {
        var invalid = post(
                "admin", "/think-tank", "kind", "LECTURE", "title", " ", "heldOn", "2026-13-01", "attendance", "-3");
        assertThat(invalid.getModelAndView().getViewName()).isEqualTo("thinktank/form");
        String form = invalid.getResponse().getContentAsString();
        assertThat(form).contains("请填写题目").contains("日期格式应为 yyyy-MM-dd").contains("参加人数须为不小于 0 的整数");

        String tomorrow = LocalDate.now(PortalTime.ZONE).plusDays(1).toString();
        var future =
                post("admin", "/think-tank", "kind", "FORUM", "title", "测试论坛", "heldOn", tomorrow, "attendance", "30");
        assertThat(future.getResponse().getContentAsString())
                .contains("活动尚未举办，不能填写参加人数")
                .contains("测试论坛");

        String location = post(
                        "admin",
                        "/think-tank",
                        "kind",
                        "FORUM",
                        "title",
                        "测试论坛",
                        "heldOn",
                        tomorrow,
                        "speakers",
                        "测试专家",
                        "place",
                        "长沙")
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/think-tank/");
        assertThat(mvc.perform(multipart(location + "/attachments")
                                .file(new MockMultipartFile(
                                        "file", "议程.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
                                .with(users.as("admin"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(location);
        long fileId =
                jdbc.queryForObject("select id from think_tank_attachment where original_name = '议程.pdf'", Long.class);
        assertThat(mvc.perform(get(location + "/attachments/" + fileId).with(users.as("inspector1")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get(location + "/attachments/" + fileId))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(get(location + "/attachments/" + fileId).with(users.as("auditor")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        assertThat(post("admin", location + "/cancel", "reason", " ")
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("thinktank.error.cancelReason");
        post("admin", location + "/cancel", "reason", "场地调整");
        String page = mvc.perform(get(location).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("本活动已取消：场地调整").doesNotContain("edit-activity").contains("上传材料");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForList(
                        "select to_status from think_tank_change where activity_id = ? order by id", String.class, id))
                .containsExactly("RECORDED", "FILE_ADDED", "CANCELLED");
    }

    @Test
    void onlyTheDepartmentAndTheThinkTanksOwnSchoolMayRecord() throws Exception {
        long demo = jdbc.queryForObject("select id from think_tank_activity where title like '楚怡职业教育论坛%'", Long.class);
        for (String user : List.of("changsha", "hngy", "xhcy", "expert1", "inspector1", "auditor", "sysadmin")) {
            assertThat(mvc.perform(get("/think-tank/new").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
            assertThat(mvc.perform(get("/think-tank/" + demo + "/edit").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
            assertThat(post(
                                    user,
                                    "/think-tank/" + demo,
                                    "kind",
                                    "FORUM",
                                    "title",
                                    "x",
                                    "heldOn",
                                    "2025-01-01",
                                    "version",
                                    "0")
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
            assertThat(post(user, "/think-tank/" + demo + "/cancel", "reason", "x")
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
            assertThat(mvc.perform(multipart("/think-tank/" + demo + "/attachments")
                                    .file(new MockMultipartFile(
                                            "file", "a.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
                                    .with(users.as(user))
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
            assertThat(post(user, "/think-tank", "kind", "LECTURE", "title", "x", "heldOn", "2025-01-01")
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/think-tank/new").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        // designate 湖南工业职业技术学院 as the think-tank: its administrator may now record activities
        jdbc.update("""
                insert into designated_project (program_code, organization_id, title, designated_year)
                select 'THINK_TANK', id, '测试智库', 2024 from organization where name = '湖南工业职业技术学院'""");
        try {
            assertThat(mvc.perform(get("/think-tank/new").with(users.as("hngy")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
            assertThat(mvc.perform(get("/think-tank/new").with(users.as("xhcy")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        } finally {
            jdbc.update("delete from designated_project where program_code = 'THINK_TANK' and title = '测试智库'");
        }
    }
}

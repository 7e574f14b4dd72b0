package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A finding whose evidence is refused, or whose deadline is not a date, comes back with its category, description
 * and choices as typed and the reason beside the field; an empty (0-byte) evidence file is refused everywhere, never
 * dropped: an answer with one is not accepted without evidence.
 */
class FindingFormIT extends PostgresIntegrationTest {

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request, String from)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost" + from))
                .andReturn();
    }

    /**
     * The page the refusal sends the user back to, as the browser shows it after the redirect: the flash attributes
     * live in the session (in the database), so the request carries the session cookie the refusal set.
     */
    private String back(String user, MvcResult refused, Cookie... more) throws Exception {
        assertThat(refused.getResponse().getRedirectedUrl())
                .as("sent back to the form's page")
                .isNotNull();
        var session = refused.getResponse().getCookie(SessionCookie.NAME);
        assertThat(session)
                .as("the refusal keeps what was typed in the session")
                .isNotNull();
        var request = get(refused.getResponse().getRedirectedUrl())
                .with(users.as(user))
                .cookie(session);
        if (more.length > 0) {
            request.cookie(more);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static String besides(String page, String field) {
        var matcher =
                Pattern.compile("id=\"" + field + "-refusal\"[^>]*>([^<]*)<").matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** An active plan (a year no other test uses) with Loudi's task led by inspector1. */
    private long loudiTask() throws Exception {
        int year = jdbc.queryForObject(
                "select min(y) from generate_series(2040, 2099) y"
                        + " where not exists (select 1 from supervision_plan where plan_year = y)",
                Integer.class); // a year no plan has (other tests create plans too)
        jdbc.update(
                "delete from supervision_state_change where subject_type = 'PLAN' and subject_id in (select id from supervision_plan where plan_year = ?)",
                year);
        var created = send(
                "admin",
                post("/supervision/plans")
                        .param("year", String.valueOf(year))
                        .param("topic", "表单")
                        .param("visitFrom", year + "-11-01")
                        .param("visitTo", year + "-11-30")
                        .param("name_0", "政策保障")
                        .param("weight_0", "100"),
                "/supervision/plans/new");
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).as("plan created").startsWith("/supervision/plans/");
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        send(
                "admin",
                post("/supervision/plans/" + plan + "/activate")
                        .param("version", "0")
                        .param("confirmed", "true"),
                location);
        long task = id("select id from inspection_task where plan_id = ? and city_code = '431300'", plan);
        send(
                "admin",
                post("/supervision/tasks/" + task + "/team")
                        .param("lead", String.valueOf(id("select id from app_user where username = 'inspector1'"))),
                "/supervision/tasks/" + task);
        return task;
    }

    @Test
    void aRefusedFindingKeepsWhatWasTypedAndAnEmptyEvidenceFileIsNeverDropped() throws Exception {
        long task = loudiTask();
        String taskPath = "/supervision/tasks/" + task;
        long school = id("select id from organization where name = '新化县楚怡工业学校'");
        String deadline = LocalDate.now(PortalTime.ZONE).plusDays(20).toString();

        // evidence chosen but empty (0 bytes)
        var refused = send(
                "inspector1",
                multipart(taskPath + "/findings")
                        .file(new MockMultipartFile("file", "现场照片.pdf", "application/pdf", new byte[0]))
                        .param("category", "实训设备闲置")
                        .param("severity", "SERIOUS")
                        .param("description", "三间实训室设备未启用")
                        .param("organizationId", String.valueOf(school))
                        .param("deadline", deadline),
                taskPath);
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("attachment.error.empty");
        assertThat(jdbc.queryForObject("select count(*) from finding where task_id = ?", Integer.class, task))
                .isZero();
        String page = back("inspector1", refused);
        assertThat(page)
                .contains("value=\"实训设备闲置\"")
                .contains("三间实训室设备未启用")
                .contains("value=\"" + deadline + "\"")
                .containsPattern("<option value=\"SERIOUS\" selected")
                .containsPattern("<option value=\"" + school + "\" selected");
        assertThat(besides(page, "file")).isEqualTo("所选文件“现场照片.pdf”是空的（0 字节），没有内容，不予接受：请选择有内容的文件。");

        // a deadline that is not a date: the reason in the user's language beside it, not a 404 or 400 page
        refused = send(
                "inspector1",
                multipart(taskPath + "/findings")
                        .param("category", "实训设备闲置")
                        .param("severity", "GENERAL")
                        .param("description", "三间实训室设备未启用")
                        .param("deadline", "2026-13-45"),
                taskPath);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(taskPath);
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("typeMismatch.java.time.LocalDate");
        page = back("inspector1", refused);
        assertThat(page).contains("value=\"实训设备闲置\"").contains("三间实训室设备未启用");
        assertThat(besides(page, "deadline")).isEqualTo("日期格式应为 yyyy-MM-dd，例如 2026-03-01。");

        // a finding without evidence is fine; the school's answer with an empty file is refused, not accepted bare
        var raised = send(
                "inspector1",
                multipart(taskPath + "/findings")
                        .param("category", "台账不全")
                        .param("severity", "GENERAL")
                        .param("description", "缺少年度台账")
                        .param("organizationId", String.valueOf(school))
                        .param("deadline", deadline),
                taskPath);
        assertThat(raised.getFlashMap().get("errorKey")).isNull();
        long finding = id("select id from finding where task_id = ? and category = '台账不全'", task);
        String findingPath = "/supervision/findings/" + finding;
        var answer = send(
                "xhcy",
                multipart(findingPath + "/answer")
                        .file(new MockMultipartFile("file", "台账.pdf", "application/pdf", new byte[0]))
                        .param("measures", "已补齐 2025 年度台账"),
                findingPath);
        assertThat(answer.getFlashMap().get("errorKey")).isEqualTo("attachment.error.empty");
        assertThat(jdbc.queryForObject("select status from finding where id = ?", String.class, finding))
                .isEqualTo("OPEN");
        assertThat(jdbc.queryForObject(
                        "select count(*) from finding_attachment where finding_id = ?", Integer.class, finding))
                .isZero();
        page = back("xhcy", answer);
        assertThat(page).contains("已补齐 2025 年度台账");
        assertThat(besides(page, "file")).contains("台账.pdf").contains("0 字节");

        // a field left empty is no file at all: the answer goes through without evidence, as before
        var bare = send(
                "xhcy",
                multipart(findingPath + "/answer")
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .param("measures", "已补齐 2025 年度台账"),
                findingPath);
        assertThat(bare.getFlashMap().get("errorKey")).isNull();
        assertThat(jdbc.queryForObject("select status from finding where id = ?", String.class, finding))
                .isEqualTo("ANSWERED");

        // the inspector's "send back" without a comment keeps nothing to lose, but says why beside the comment
        var verify = send(
                "inspector1",
                post(findingPath + "/verify").param("accepted", "false").param("comment", " "),
                findingPath);
        assertThat(verify.getFlashMap().get("errorField")).isEqualTo("comment");
        assertThat(besides(back("inspector1", verify), "comment")).isNotBlank();
    }
}

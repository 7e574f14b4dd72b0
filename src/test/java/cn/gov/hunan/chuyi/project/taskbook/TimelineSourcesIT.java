package cn.gov.hunan.chuyi.project.taskbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import cn.gov.hunan.chuyi.support.StatementCounter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The project page's one timeline on PostgreSQL shows the task book's versions (submitted, returned, approved), the
 * change requests (filed, decided) and the funds (allocations added, changed), and the page runs the same statements
 * whatever the number of those rows.
 */
class TimelineSourcesIT extends PostgresIntegrationTest {

    private final int thisYear = LocalDate.now(PortalTime.ZONE).getYear();
    private long project;
    private String path;
    private List<Long> indicators;

    @BeforeEach
    void aProjectOfTheSchool() {
        project = jdbc.queryForObject("""
                insert into designated_project (program_code, organization_id, title, designated_year, construction_years)
                select 'TRAINING_BASE', id, '时间线测试实训基地', ?, 3 from organization where name = '新化县楚怡工业学校'
                returning id""", Long.class, thisYear - 1);
        path = "/projects/" + project + "/task-book";
        indicators = jdbc.queryForList(
                "select id from project_indicator where program_code = 'TRAINING_BASE' and active order by sort_order, id",
                Long.class);
    }

    /** The dashboard tests count the demo register: leave it as found. */
    @AfterEach
    void removeTheProject() {
        for (String table : List.of("annual_report_milestone", "annual_report_value", "annual_report_change")) {
            jdbc.update(
                    "delete from " + table + " where report_id in (select id from annual_report where project_id = ?)",
                    project);
        }
        jdbc.update("delete from annual_report where project_id = ?", project);
        jdbc.update("update task_book set change_request_id = null where project_id = ?", project);
        jdbc.update(
                "delete from project_change_request_file where request_id in "
                        + "(select id from project_change_request where project_id = ?)",
                project);
        jdbc.update("delete from project_change_request where project_id = ?", project);
        for (String table : List.of("task_book_target", "task_book_milestone", "task_book_budget")) {
            jdbc.update(
                    "delete from " + table + " where task_book_id in (select id from task_book where project_id = ?)",
                    project);
        }
        jdbc.update("delete from task_book where project_id = ?", project);
        jdbc.update("delete from fund_change where project_id = ?", project);
        jdbc.update("delete from fund_allocation where project_id = ?", project);
        jdbc.update("delete from project_state_change where project_id = ?", project);
        jdbc.update("delete from designated_project where id = ?", project);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost" + path))
                .andReturn();
    }

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String timeline(String user) throws Exception {
        String html = page(user, "/projects/" + project);
        int start = html.indexOf("id=\"timeline\"");
        assertThat(start).as("the project page shows its timeline").isPositive();
        return html.substring(start, html.indexOf("</ol>", start));
    }

    private MockHttpServletRequestBuilder complete(long book) {
        var form = post(path + "/" + book)
                .param("version", jdbc.queryForObject("select version from task_book where id = ?", String.class, book))
                .param("startYear", String.valueOf(thisYear - 1))
                .param("endYear", String.valueOf(thisYear + 1))
                .param("milestoneTitle_0", "建成实训中心")
                .param("milestoneDue_0", thisYear + "-12-31")
                .param("milestoneTitle_1", "完成课程开发")
                .param("milestoneDue_1", (thisYear + 1) + "-06-30")
                .param("budget_PROVINCIAL_" + (thisYear - 1), "500");
        for (int y = thisYear - 1; y <= thisYear + 1; y++) {
            for (long indicator : indicators) {
                form.param("target_" + indicator + "_" + y, "10");
            }
        }
        return form;
    }

    private void allocate() throws Exception {
        var result = send(
                "admin",
                post("/projects/" + project + "/funds")
                        .param("year", String.valueOf(thisYear))
                        .param("source", "PROVINCIAL")
                        .param("amount", "1,000,000")
                        .param("document", "湘财教〔2026〕8号"));
        assertThat(result.getFlashMap().get("errorKey")).isNull();
    }

    @Test
    void theTimelineShowsTheTaskBookTheChangeRequestsAndTheFunds() throws Exception {
        send("xhcy", post(path));
        long book = jdbc.queryForObject("select id from task_book where project_id = ?", Long.class, project);
        send("xhcy", complete(book));
        send("xhcy", post(path + "/" + book + "/submit"));
        send(
                "admin",
                post(path + "/" + book + "/review").param("accepted", "false").param("comment", "请补充说明"));
        send("xhcy", post(path + "/" + book + "/submit"));
        send(
                "admin",
                post(path + "/" + book + "/review").param("accepted", "true").param("confirmed", "true"));
        send(
                "xhcy",
                multipart("/projects/" + project + "/changes")
                        .param("kind", "LEADER")
                        .param("reason", "原负责人调离"));
        long request =
                jdbc.queryForObject("select id from project_change_request where project_id = ?", Long.class, project);
        send(
                "admin",
                post("/projects/" + project + "/changes/" + request + "/decide")
                        .param("accepted", "false")
                        .param("comment", "材料不全"));
        allocate();

        for (String user : List.of("admin", "xhcy")) {
            assertThat(timeline(user))
                    .as("the timeline as %s sees it", user)
                    .contains("建设任务书")
                    .contains("提交建设任务书第 1 版")
                    .contains("退回建设任务书第 1 版：请补充说明")
                    .contains("批准建设任务书第 1 版（锁定）")
                    .doesNotContain("开始填报建设任务书")
                    .contains("项目变更")
                    .contains("提出项目变更申请（编号 " + request + "）：项目负责人变更")
                    .contains("不予批准项目变更申请（编号 " + request + "）：材料不全")
                    .contains("项目资金")
                    .contains("下达资金")
                    .contains("href=\"/projects/" + project + "/funds\"")
                    .contains("href=\"" + path + "\"");
        }
        String timeline = timeline("admin");
        assertThat(timeline.split("提交建设任务书第 1 版", -1))
                .as("a task-book step is on the timeline once (not again as a project state)")
                .hasSize(3);
    }

    @Test
    void theSchoolRecordsMilestoneProgressInTheReportShownReadOnlyOnceSubmitted() throws Exception {
        send("xhcy", post(path));
        long book = jdbc.queryForObject("select id from task_book where project_id = ?", Long.class, project);
        send("xhcy", complete(book));
        send("xhcy", post(path + "/" + book + "/submit"));
        send(
                "admin",
                post(path + "/" + book + "/review").param("accepted", "true").param("confirmed", "true"));
        String location = send(
                        "xhcy", post("/projects/" + project + "/reports").param("year", String.valueOf(thisYear)))
                .getResponse()
                .getRedirectedUrl();
        long report = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String form = page("xhcy", location);
        assertThat(form)
                .as("the milestones due by the end of the report's year, not next year's")
                .contains("id=\"milestone-form\"")
                .contains("建成实训中心")
                .doesNotContain("完成课程开发")
                .contains("name=\"progress_0\"");

        // a milestone without its progress is refused, with what was typed kept
        var refused = send(
                "xhcy", post(location + "/milestones").param("progress_0", "").param("note_0", "主体完工"));
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("taskbook.progress.error.progress");
        assertThat(refused.getFlashMap().get("errorField")).isEqualTo("progress_0");
        assertThat(refused.getFlashMap().get("typed").toString()).contains("主体完工");
        assertThat(send("xhcy", post(location + "/milestones").param("progress_0", "FINISHED"))
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("taskbook.progress.error.progress");
        assertThat(send("admin", post(location + "/milestones").param("progress_0", "DONE"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        var saved = send(
                "xhcy",
                post(location + "/milestones")
                        .param("progress_0", "IN_PROGRESS")
                        .param("note_0", "主体完工"));
        assertThat(saved.getFlashMap().get("errorKey")).isNull();
        assertThat(jdbc.queryForObject(
                        "select progress || ':' || note from annual_report_milestone where report_id = ?",
                        String.class,
                        report))
                .isEqualTo("IN_PROGRESS:主体完工");
        assertThat(page("xhcy", location))
                .contains("value=\"IN_PROGRESS\" selected")
                .contains("主体完工")
                .contains("name=\"version_0\" value=\"0\"");

        // a second person whose form showed nothing recorded yet does not overwrite the first one's progress unseen
        var stale = send(
                "xhcy",
                post(location + "/milestones")
                        .param("version_0", "")
                        .param("progress_0", "DONE")
                        .param("note_0", "全部完工"));
        assertThat(stale.getFlashMap().get("errorKey")).isEqualTo("taskbook.progress.error.stale");
        assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo(location);
        assertThat(jdbc.queryForObject(
                        "select progress || ':' || note from annual_report_milestone where report_id = ?",
                        String.class,
                        report))
                .isEqualTo("IN_PROGRESS:主体完工");
        // the flash attributes live in the session: the page after the redirect, as the browser shows it
        String again = mvc.perform(get(location)
                        .with(users.as("xhcy"))
                        .cookie(stale.getResponse().getCookie(SessionCookie.NAME)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again)
                .as("what was typed is kept, what is saved now shown beside it, the current version in the form")
                .contains("其他用户刚刚修改了这些里程碑的进展")
                .contains("value=\"DONE\" selected")
                .contains("value=\"全部完工\"")
                .contains("id=\"current-0\"")
                .contains("当前已保存：进行中 · 主体完工")
                .contains("name=\"version_0\" value=\"0\"");
        var overwrite = send(
                "xhcy",
                post(location + "/milestones")
                        .param("version_0", "0")
                        .param("progress_0", "DONE")
                        .param("note_0", "全部完工"));
        assertThat(overwrite.getFlashMap().get("errorKey")).isNull();
        assertThat(jdbc.queryForObject(
                        "select progress || ':' || note || ':' || version from annual_report_milestone where report_id = ?",
                        String.class,
                        report))
                .isEqualTo("DONE:全部完工:1");
        assertThat(send(
                                "xhcy",
                                post(location + "/milestones")
                                        .param("version_0", "0")
                                        .param("progress_0", "IN_PROGRESS"))
                        .getFlashMap()
                        .get("errorKey"))
                .as("a form that showed the version before the last save")
                .isEqualTo("taskbook.progress.error.stale");

        var submit = post(location + "/submit").param("version", "0").param("narrative", "按任务书推进。");
        for (long indicator : indicators) {
            submit.param("actual_" + indicator, "1");
        }
        assertThat(send("xhcy", submit).getFlashMap().get("errorKey")).isNull();
        assertThat(page("admin", location))
                .as("read-only once submitted")
                .contains("id=\"report-milestones\"")
                .contains("已完成")
                .contains("全部完工")
                .doesNotContain("id=\"save-milestones\"");
        assertThat(send("xhcy", post(location + "/milestones").param("progress_0", "DONE"))
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("taskbook.progress.error.readOnly");
    }

    @Test
    void theProjectPageRunsTheSameStatementsWhateverTheTaskBookAndFundRows() throws Exception {
        allocate();
        statements();
        long before = statements();
        jdbc.update(
                "insert into fund_change (project_id, to_status, actor, changed_at) "
                        + "select ?, 'CHANGED', 'admin', current_timestamp from generate_series(1, 50) g",
                project);
        jdbc.update(
                "insert into project_state_change (project_id, from_status, to_status, actor, reason_key, changed_at) "
                        + "select ?, 'UNDER_CONSTRUCTION', 'UNDER_CONSTRUCTION', 'xhcy', 'taskbook.history.submitted', current_timestamp "
                        + "from generate_series(1, 50) g",
                project);
        assertThat(statements()).isEqualTo(before);
    }

    private long statements() throws Exception {
        var counter = new StatementCounter();
        var as = users.as("admin");
        return counter.count(
                () -> mvc.perform(get("/projects/" + project).with(as)).andExpect(status().isOk()));
    }
}

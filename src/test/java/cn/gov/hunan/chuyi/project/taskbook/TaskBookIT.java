package cn.gov.hunan.chuyi.project.taskbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.StatementCounter;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A task book's whole life on PostgreSQL: drafted by the school, returned, approved and locked; an annual report filed
 * against it (targets from the task book, target vs actual and the completion rate); a change request approved into
 * the task book's next version, which the department approves in turn.
 */
class TaskBookIT extends PostgresIntegrationTest {

    private final int thisYear = LocalDate.now(PortalTime.ZONE).getYear();
    private long project;
    private String path;
    private List<Long> indicators;

    @BeforeEach
    void aProjectOfTheSchool() {
        project = jdbc.queryForObject("""
                insert into designated_project (program_code, organization_id, title, designated_year, construction_years)
                select 'TRAINING_BASE', id, '任务书测试实训基地', ?, 3 from organization where name = '新化县楚怡工业学校'
                returning id""", Long.class, thisYear - 1);
        path = "/projects/" + project + "/task-book";
        indicators = jdbc.queryForList(
                "select id from project_indicator where program_code = 'TRAINING_BASE' and active order by sort_order, id",
                Long.class);
    }

    /** The dashboard tests count the demo register: leave it as found. */
    @AfterEach
    void removeTheProject() {
        jdbc.update(
                "delete from annual_report_value where report_id in (select id from annual_report where project_id = ?)",
                project);
        jdbc.update(
                "delete from annual_report_change where report_id in (select id from annual_report where project_id = ?)",
                project);
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
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String error(MvcResult result) {
        Object key = result.getFlashMap().get("errorKey");
        if (key == null && result.getModelAndView() != null) {
            key = result.getModelAndView().getModel().get("errorKey");
        }
        return key == null ? null : key.toString();
    }

    private String status(long book) {
        return jdbc.queryForObject("select status from task_book where id = ?", String.class, book);
    }

    private long version(long book) {
        return jdbc.queryForObject("select version from task_book where id = ?", Long.class, book);
    }

    private int history(String key) {
        return jdbc.queryForObject(
                "select count(*) from project_state_change where project_id = ? and reason_key = ?",
                Integer.class,
                project,
                key);
    }

    /** Every target of the period (the first year's per indicator: 10, 20, 30 …), one milestone, a budget. */
    private MockHttpServletRequestBuilder complete(long book, int endYear) {
        var form = post(path + "/" + book)
                .param("version", String.valueOf(version(book)))
                .param("startYear", String.valueOf(thisYear - 1))
                .param("endYear", String.valueOf(endYear))
                .param("milestoneTitle_0", "建成实训中心")
                .param("milestoneDue_0", (thisYear) + "-12-31")
                .param("budget_PROVINCIAL_" + (thisYear - 1), "500")
                .param("budget_SCHOOL_" + thisYear, "80.5");
        for (int y = thisYear - 1; y <= endYear; y++) {
            for (int n = 0; n < indicators.size(); n++) {
                form.param("target_" + indicators.get(n) + "_" + y, String.valueOf((n + 1) * 10 + (y - thisYear + 1)));
            }
        }
        return form;
    }

    @Test
    void aTaskBookIsDraftedReturnedApprovedAndLockedAndAReportIsFiledAgainstIt() throws Exception {
        assertThat(page("xhcy", path)).contains("id=\"start-task-book\"");
        assertThat(page("admin", path)).doesNotContain("id=\"start-task-book\"");
        assertThat(send("admin", post(path)).getResponse().getStatus()).isEqualTo(403);
        send("xhcy", post(path));
        long book = jdbc.queryForObject("select id from task_book where project_id = ?", Long.class, project);
        assertThat(status(book)).isEqualTo("DRAFT");
        assertThat(error(send("xhcy", post(path)))).isEqualTo("taskbook.error.exists");
        assertThat(page("admin", path)).as("a draft is the school's own").doesNotContain("id=\"task-book-form\"");
        assertThat(page("xhcy", path)).contains("id=\"task-book-form\"").contains("id=\"save-task-book\"");

        // a value refused beside its field, with what was typed kept
        var bad = send(
                "xhcy",
                post(path + "/" + book)
                        .param("version", "0")
                        .param("startYear", String.valueOf(thisYear - 1))
                        .param("endYear", String.valueOf(thisYear + 1))
                        .param("target_" + indicators.get(0) + "_" + thisYear, "-3")
                        .param("milestoneTitle_0", "第一阶段"));
        assertThat(error(bad)).isEqualTo("taskbook.error.negative");
        assertThat(bad.getResponse().getStatus())
                .as("back to the page (post-redirect-get), never the page at the form's address")
                .isEqualTo(302);
        assertThat(bad.getResponse().getRedirectedUrl()).isEqualTo(path);
        // the redirect's flash attributes as the next request receives them (the session here is not the mock's)
        String back = mvc.perform(get(path)
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, bad.getFlashMap())
                        .with(users.as("xhcy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(back).contains("value=\"-3\"").contains("value=\"第一阶段\"").doesNotContain("id=\"flash-error\"");
        assertThat(StringUtils.countOccurrencesOf(back, "不能为负数"))
                .as("the reason said once, beside its field")
                .isEqualTo(1);
        assertThat(error(send("xhcy", post(path + "/" + book + "/submit")))).isEqualTo("taskbook.error.incomplete");

        assertThat(error(send("xhcy", complete(book, thisYear + 3)))).isNull();
        assertThat(jdbc.queryForObject("select end_year from task_book where id = ?", Integer.class, book))
                .as("version 1 keeps the project's construction period, whatever was posted")
                .isEqualTo(thisYear + 1);
        assertThat(error(send("xhcy", complete(book, thisYear + 1)))).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from task_book_target where task_book_id = ?", Integer.class, book))
                .isEqualTo(indicators.size() * 3);
        assertThat(error(send("xhcy", post(path + "/" + book + "/submit")))).isNull();
        assertThat(status(book)).isEqualTo("SUBMITTED");
        assertThat(error(send("xhcy", complete(book, thisYear + 1)))).isEqualTo("taskbook.error.readOnly");

        // the department returns it with comments, the school submits again, the department approves
        assertThat(send("xhcy", post(path + "/" + book + "/review").param("accepted", "true"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(error(send("admin", post(path + "/" + book + "/review").param("accepted", "false"))))
                .isEqualTo("taskbook.error.comment");
        send(
                "admin",
                post(path + "/" + book + "/review").param("accepted", "false").param("comment", "请补充行业企业投入"));
        assertThat(status(book)).isEqualTo("RETURNED");
        assertThat(page("xhcy", path)).contains("请补充行业企业投入");
        assertThat(error(send("xhcy", post(path + "/" + book + "/submit")))).isNull();
        send("admin", post(path + "/" + book + "/review").param("accepted", "true"));
        assertThat(status(book)).as("approving asks for a confirmation first").isEqualTo("SUBMITTED");
        send(
                "admin",
                post(path + "/" + book + "/review").param("accepted", "true").param("confirmed", "true"));
        assertThat(status(book)).isEqualTo("APPROVED");
        assertThat(error(send("xhcy", complete(book, thisYear + 1))))
                .as("approved, it is locked")
                .isEqualTo("taskbook.error.readOnly");
        assertThat(history("taskbook.history.started")).isEqualTo(1);
        assertThat(history("taskbook.history.submitted")).isEqualTo(2);
        assertThat(history("taskbook.history.returned")).isEqualTo(1);
        assertThat(history("taskbook.history.approved")).isEqualTo(1);
        assertThat(page("loudi", path + "/print")).contains("建成实训中心").contains("任务书测试实训基地");

        // the annual report takes its targets from the task book; what the school types as a target is ignored
        String location = send(
                        "xhcy", post("/projects/" + project + "/reports").param("year", String.valueOf(thisYear)))
                .getResponse()
                .getRedirectedUrl();
        long report = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var values = post(location).param("version", "0").param("narrative", "按任务书推进。");
        values.param("target_" + indicators.get(0), "1");
        // the first indicator's target this year is 11: 22 done counts 100 %; the second (21): 0; the third (31): 31
        values.param("actual_" + indicators.get(0), "22");
        values.param("actual_" + indicators.get(1), "0");
        values.param("actual_" + indicators.get(2), "31");
        for (int n = 3; n < indicators.size(); n++) {
            values.param("actual_" + indicators.get(n), "0");
        }
        String rate = BigDecimal.valueOf(200)
                .divide(BigDecimal.valueOf(indicators.size()), 1, RoundingMode.HALF_UP)
                .toPlainString();
        assertThat(error(send("xhcy", values))).isNull();
        assertThat(jdbc.queryForObject(
                        "select target_value from annual_report_value where report_id = ? and indicator_id = ?",
                        BigDecimal.class,
                        report,
                        indicators.get(0)))
                .isEqualByComparingTo("11");
        String reportPage = page("xhcy", location);
        assertThat(reportPage)
                .contains("id=\"targets-from-task-book\"")
                .contains("目标完成率：" + rate + "%")
                .doesNotContain("name=\"target_" + indicators.get(0) + "\"");
        assertThat(error(send("xhcy", post(location + "/submit")))).isNull();
        assertThat(page("admin", location)).contains(rate + "%");
    }

    @Test
    void anApprovedChangeRequestOpensTheTaskBooksNextVersion() throws Exception {
        send("xhcy", post(path));
        long first = jdbc.queryForObject("select id from task_book where project_id = ?", Long.class, project);
        send("xhcy", complete(first, thisYear + 1));
        send("xhcy", post(path + "/" + first + "/submit"));
        assertThat(error(send(
                        "xhcy",
                        multipart("/projects/" + project + "/changes")
                                .param("kind", "PERIOD_EXTENSION")
                                .param("reason", "延期"))))
                .as("only an approved task book is changed")
                .isEqualTo("taskbook.change.error.notNow");
        send(
                "admin",
                post(path + "/" + first + "/review").param("accepted", "true").param("confirmed", "true"));

        assertThat(error(send(
                        "xhcy", multipart("/projects/" + project + "/changes").param("reason", "延期"))))
                .isEqualTo("taskbook.change.error.kind");
        assertThat(error(send(
                        "xhcy",
                        multipart("/projects/" + project + "/changes")
                                .file(new MockMultipartFile(
                                        "files", "延期说明.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
                                .param("kind", "PERIOD_EXTENSION")
                                .param("reason", "实训楼受汛期影响延期竣工，申请延长一年。"))))
                .isNull();
        long request =
                jdbc.queryForObject("select id from project_change_request where project_id = ?", Long.class, project);
        assertThat(error(send(
                        "xhcy",
                        multipart("/projects/" + project + "/changes")
                                .param("kind", "LEADER")
                                .param("reason", "另一项"))))
                .as("one open request at a time")
                .isEqualTo("taskbook.change.error.notNow");
        assertThat(page("admin", "/projects/changes")).contains("任务书测试实训基地").contains("实训楼受汛期影响延期竣工");
        assertThat(mvc.perform(get("/projects/changes").with(users.as("xhcy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(page("admin", path)).contains("延期说明.pdf").contains("id=\"approve-change-" + request + "\"");

        String decide = "/projects/" + project + "/changes/" + request + "/decide";
        assertThat(error(send("admin", post(decide).param("accepted", "false"))))
                .isEqualTo("taskbook.change.error.comment");
        send("admin", post(decide).param("accepted", "true").param("confirmed", "true"));
        assertThat(jdbc.queryForObject("select status from project_change_request where id = ?", String.class, request))
                .isEqualTo("APPROVED");
        long second = jdbc.queryForObject(
                "select id from task_book where project_id = ? and version_no = 2", Long.class, project);
        assertThat(status(second)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select change_request_id from task_book where id = ?", Long.class, second))
                .isEqualTo(request);
        assertThat(jdbc.queryForObject(
                        "select count(*) from task_book_target where task_book_id = ?", Integer.class, second))
                .as("a copy of the approved version")
                .isEqualTo(indicators.size() * 3);

        // the school extends the period in the new version; once approved, it is the current task book
        assertThat(error(send("xhcy", complete(second, thisYear + 1))))
                .as("an extension that does not extend")
                .isEqualTo("taskbook.error.extensionLater");
        assertThat(page("xhcy", path)).contains("id=\"period-extension-hint\"");
        send("xhcy", complete(second, thisYear + 2));
        assertThat(error(send("xhcy", post(path + "/" + second + "/submit")))).isNull();
        send(
                "admin",
                post(path + "/" + second + "/review").param("accepted", "true").param("confirmed", "true"));
        assertThat(status(second)).isEqualTo("APPROVED");
        assertThat(status(first))
                .as("the earlier version stays as it was approved")
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select end_year from task_book where id = ?", Integer.class, second))
                .isEqualTo(thisYear + 2);
        assertThat(history("taskbook.history.changeRequested.PERIOD_EXTENSION")).isEqualTo(1);
        assertThat(history("taskbook.history.changeApproved")).isEqualTo(1);
        assertThat(page("admin", "/projects/" + project)).contains("开启任务书第 2 版");
        assertThat(jdbc.queryForObject(
                        "select designated_year + construction_years - 1 from designated_project where id = ?",
                        Integer.class,
                        project))
                .as("the approved extension is the project's period now")
                .isEqualTo(thisYear + 2);
        assertThat(history("project.history.periodExtended")).isEqualTo(1);
        assertThat(page("admin", "/projects/" + project))
                .contains("建设周期截止年度由 " + (thisYear + 1) + " 年延至 " + (thisYear + 2) + " 年");

        byte[] workbook = mvc.perform(get("/projects/task-books.xlsx").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            var sheet = book.getSheetAt(0);
            int rows = 0;
            for (var row : sheet) {
                if ("任务书测试实训基地"
                        .equals(row.getCell(2) == null ? null : row.getCell(2).getStringCellValue())) {
                    rows++;
                    assertThat(row.getCell(4).getNumericCellValue())
                            .as("the current version")
                            .isEqualTo(2);
                }
            }
            assertThat(rows).isEqualTo(indicators.size() * 4);
        }
    }

    /** Decided change requests, each with a file, on the project's approved task book. */
    private void addDecidedRequests(long book, int count) {
        jdbc.update("""
                insert into project_change_request (project_id, task_book_id, kind, reason, status, requested_by,
                    requested_at, decision_comment, decided_by, decided_at)
                select ?, ?, 'LEADER', 'statement-count test', 'REFUSED', 'xhcy', current_timestamp, '不予批准', 'admin',
                    current_timestamp from generate_series(1, ?)""", project, book, count);
        jdbc.update("""
                insert into project_change_request_file (request_id, original_name, content_type, size_bytes, sha256,
                    storage_key, uploaded_by, uploaded_at)
                select r.id, 'x.pdf', 'application/pdf', 1, 'x', 'statement-count-' || r.id, 'xhcy', current_timestamp
                from project_change_request r
                where r.project_id = ? and not exists
                    (select 1 from project_change_request_file f where f.request_id = r.id)""", project);
    }

    private long statements(String user) throws Exception {
        var counter = new StatementCounter();
        var as = users.as(user);
        return counter.count(() -> mvc.perform(get(path).with(as)));
    }

    @Test
    void theTaskBookPageRunsTheSameStatementsWhateverTheNumberOfRequests() throws Exception {
        send("xhcy", post(path));
        long book = jdbc.queryForObject("select id from task_book where project_id = ?", Long.class, project);
        send("xhcy", complete(book, thisYear + 1));
        send("xhcy", post(path + "/" + book + "/submit"));
        send(
                "admin",
                post(path + "/" + book + "/review").param("accepted", "true").param("confirmed", "true"));
        addDecidedRequests(book, 10);
        statements("admin");
        long few = statements("admin");
        long fewForTheSchool = statements("xhcy");
        addDecidedRequests(book, 20);
        assertThat(statements("admin")).isEqualTo(few);
        assertThat(statements("xhcy")).isEqualTo(fewForTheSchool);
        assertThat(few).isLessThanOrEqualTo(30);
    }
}

package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.supervision.RectificationService.CityRectifications;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.StatementCounter;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rectification ledger (整改台账) on PostgreSQL: its filters (city, severity, state, overdue, extended,
 * re-checked), each viewer's slice (a city officer its city whatever it asks, an inspector its teams' tasks), the
 * Excel export (typed text never a formula), a fixed number of statements per page, and the counts per city. The
 * rows it adds carry deadlines in 2001, so they come first in the list (ordered by deadline), and are deleted after.
 */
class RectificationLedgerIT extends PostgresIntegrationTest {

    private static final String MARK = "台账测试";

    @Autowired
    RectificationService rectifications;

    @AfterEach
    void removeRows() {
        jdbc.update(
                "delete from finding_extension where finding_id in (select id from finding where category like ?)",
                MARK + "%");
        jdbc.update("delete from finding where category like ?", MARK + "%");
    }

    private long item(
            String city,
            String severity,
            String status,
            boolean overdue,
            boolean extended,
            boolean rechecked,
            int day) {
        long task = jdbc.queryForObject(
                "select id from inspection_task where city_code = ? and plan_id = (select id from supervision_plan where plan_year = 2025)",
                Long.class,
                city);
        String category = MARK + System.nanoTime();
        jdbc.update(
                "insert into finding (task_id, category, severity, description, city_code, status, deadline, overdue, extended, rechecked, created_by, created_at)"
                        + " values (?, ?, ?, '描述', ?, ?, date '2001-01-01' + ?, ?, ?, ?, 'inspector1', current_timestamp)",
                task,
                category,
                severity,
                city,
                status,
                day,
                overdue,
                extended,
                rechecked);
        return jdbc.queryForObject("select id from finding where category = ?", Long.class, category);
    }

    private String ledger(String user, String query) throws Exception {
        return mvc.perform(get("/rectifications?" + query).with(users.as(user)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String row(long id) {
        return "id=\"rectification-" + id + "\"";
    }

    @Test
    void eachFilterNarrowsTheLedger() throws Exception {
        long plain = item("431300", "GENERAL", "OPEN", false, false, false, 1);
        long late = item("431300", "SEVERE", "OPEN", true, false, false, 2);
        long extended = item("431300", "GENERAL", "REJECTED", false, true, false, 3);
        long rechecked = item("431300", "SERIOUS", "CLOSED", false, false, true, 4);
        long changsha = item("430100", "GENERAL", "OPEN", false, false, false, 5);

        assertThat(ledger("admin", "year=2025"))
                .contains(row(plain), row(late), row(extended), row(rechecked), row(changsha));
        assertThat(ledger("admin", "city=431300")).contains(row(plain)).doesNotContain(row(changsha));
        assertThat(ledger("admin", "severity=SEVERE")).contains(row(late)).doesNotContain(row(plain), row(rechecked));
        assertThat(ledger("admin", "status=CLOSED")).contains(row(rechecked)).doesNotContain(row(plain));
        assertThat(ledger("admin", "overdue=true")).contains(row(late)).doesNotContain(row(plain), row(extended));
        assertThat(ledger("admin", "extended=true"))
                .contains(row(extended))
                .doesNotContain(row(plain), row(late), row(rechecked));
        assertThat(ledger("admin", "rechecked=true"))
                .contains(row(rechecked))
                .doesNotContain(row(plain), row(extended));
        assertThat(ledger("admin", "city=431300&extended=true")).contains("已延期").contains("已催办 0 次");
    }

    @Test
    void aCityOfficerSeesItsCityOnlyAndAnInspectorItsTeamsTasks() throws Exception {
        long loudi = item("431300", "GENERAL", "OPEN", false, false, false, 1);
        long changsha = item("430100", "GENERAL", "OPEN", false, false, false, 2);
        long xiangtan = item("430300", "GENERAL", "OPEN", false, false, false, 3);

        assertThat(ledger("changsha", "city=431300"))
                .as("the city asked for is ignored")
                .contains(row(changsha))
                .doesNotContain(row(loudi));
        assertThat(mvc.perform(get("/supervision/findings/" + loudi).with(users.as("changsha")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(ledger("inspector1", "")).as("on Loudi's 2025 team").contains(row(loudi));
        // a stored hash like every account's (SignInIT checks that no account keeps a password as text)
        jdbc.update("insert into app_user (username, display_name, password_hash, password_changed_at)"
                + " select 'inspector-elsewhere', '其他督查组成员', password_hash, current_timestamp from app_user"
                + " where username = 'inspector1' on conflict do nothing");
        jdbc.update(
                "insert into user_role (user_id, role) select id, 'INSPECTOR' from app_user where username = 'inspector-elsewhere'"
                        + " on conflict do nothing");
        assertThat(ledger("inspector-elsewhere", ""))
                .as("on no team")
                .doesNotContain(row(loudi), row(changsha), row(xiangtan));
        assertThat(mvc.perform(get("/rectifications/export.xlsx").with(users.as("xhcy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a school has no export")
                .isEqualTo(403);
    }

    @Test
    void theExportCarriesTheFilteredRowsWithTypedTextNeverAFormula() throws Exception {
        long formula = item("431300", "GENERAL", "OPEN", true, false, false, 1);
        jdbc.update("update finding set description = '=HYPERLINK(\"http://evil\",\"x\")' where id = ?", formula);
        item("430100", "GENERAL", "OPEN", false, false, false, 2);

        var response = mvc.perform(get("/rectifications/export.xlsx?city=431300&overdue=true")
                        .with(users.as("admin"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("年度");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                assertThat(row.getCell(1).getStringCellValue()).as("Loudi only").isEqualTo("娄底市");
                if (row.getCell(2).getStringCellValue().startsWith(MARK)) {
                    found = true;
                    var description = row.getCell(10);
                    assertThat(description.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(description.getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void theLedgerRunsTheSameStatementsForFiveRowsAndForTwenty() throws Exception {
        for (int i = 0; i < 5; i++) {
            item("431300", "GENERAL", "OPEN", false, false, false, i);
        }
        ledger("admin", "city=431300"); // once before counting: what is read once per application is not per page
        long few = new StatementCounter().count(() -> ledger("admin", "city=431300"));
        for (int i = 0; i < 20; i++) {
            item("431300", "GENERAL", "OPEN", false, i % 2 == 0, false, i);
        }
        long many = new StatementCounter().count(() -> ledger("admin", "city=431300"));
        // the views read organisations and projects only when the page names some, so a page of city items may run
        // fewer statements than one with the demo's school items; what must not happen is a count that grows with rows
        assertThat(many).isLessThanOrEqualTo(few).isLessThanOrEqualTo(12);
    }

    @Test
    void eachCityHasItsOpenOverdueAndClosedCounts() {
        var before = rectifications.byCity(2025).stream()
                .filter(c -> c.cityCode().equals("431300"))
                .findFirst()
                .orElse(new CityRectifications("431300", "娄底市", 0, 0, 0));
        item("431300", "GENERAL", "OPEN", true, false, false, 1);
        item("431300", "GENERAL", "ACCEPTED", false, false, false, 2);
        item("431300", "GENERAL", "CLOSED", false, false, false, 3);

        var after = rectifications.byCity(2025).stream()
                .filter(c -> c.cityCode().equals("431300"))
                .findFirst()
                .orElseThrow();
        assertThat(after.cityName()).isEqualTo("娄底市");
        assertThat(after.open()).as("accepted is open until signed off").isEqualTo(before.open() + 2);
        assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(after.closed()).isEqualTo(before.closed() + 1);
    }

    /** Each card of the item's page is offered to whom it concerns, and renders. */
    @Test
    void theItemPageOffersEachStepToWhomItConcerns() throws Exception {
        long open = item("431300", "GENERAL", "OPEN", false, false, false, 1);
        jdbc.update(
                "update finding set organization_id = (select id from organization where name = '新化县楚怡工业学校') where id = ?",
                open);
        long pending = item("431300", "GENERAL", "OPEN", true, false, false, 2);
        jdbc.update(
                "insert into finding_extension (finding_id, reason, proposed_deadline, previous_deadline, requested_by, requested_at)"
                        + " values (?, '施工受阻', current_date + 30, date '2001-01-03', 'loudi', current_timestamp)",
                pending);
        long accepted = item("431300", "GENERAL", "ACCEPTED", false, false, false, 3);
        long closed = item("431300", "GENERAL", "CLOSED", false, false, false, 4);
        long recheck = item("431300", "GENERAL", "RECHECK", false, false, true, 5);

        assertThat(page("xhcy", open)).contains("id=\"extension-card\"").doesNotContain("id=\"chase-card\"");
        assertThat(page("inspector1", pending))
                .contains("id=\"extension-decision-card\"", "id=\"chase-card\"")
                .doesNotContain("id=\"extension-card\"");
        assertThat(page("loudi", pending)).doesNotContain("id=\"extension-card\"", "id=\"extension-decision-card\"");
        assertThat(page("admin", accepted)).contains("id=\"sign-off-card\"", "data-confirm=");
        assertThat(page("inspector1", accepted)).doesNotContain("id=\"sign-off-card\"");
        assertThat(page("inspector1", closed)).contains("id=\"put-to-recheck-card\"");
        assertThat(page("admin", recheck)).contains("id=\"recheck-card\"", "已复查");
        assertThat(page("loudi", recheck))
                .doesNotContain("id=\"recheck-card\"")
                .contains("id=\"city-rectification-link\"");
    }

    private String page(String user, long finding) throws Exception {
        return mvc.perform(get("/supervision/findings/" + finding)
                        .with(users.as(user))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 18, complete exports: who may download each workbook, and that each holds the viewer's slice — a round's
 * nominations with their programme's own fields, the expert pool, the organisation directory.
 */
class ExportAccessIT extends PostgresIntegrationTest {

    MockHttpServletResponse download(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andReturn().getResponse();
    }

    static Sheet sheet(MockHttpServletResponse response) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray())).getSheetAt(0);
    }

    static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(column) != null) {
                values.add(row.getCell(column).toString());
            }
        }
        return values;
    }

    static List<String> header(Sheet sheet) {
        List<String> titles = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            titles.add(cell.getStringCellValue());
        }
        return titles;
    }

    void refused(String path, String... users) throws Exception {
        for (String user : users) {
            assertThat(download(user, path).getStatus()).as(user + " " + path).isEqualTo(403);
        }
    }

    long nomination(long round, String organization, String status, String title) {
        return jdbc.queryForObject("""
                insert into nomination (round_id, organization_id, city_code, status, title, slot, submitted_at,
                    lead_specialty, member_specialties, summary)
                select ?, id, city_code, ?, ?, 1, now(), '数控技术应用', '数控技术应用、工业机器人技术应用', '概述'
                from organization where name = ?
                returning id
                """, Long.class, round, status, title, organization);
    }

    @Test
    void aRoundsNominationsWithTheirProgrammeFieldsGoToProvinceStaffAllAndToACityItsOwn() throws Exception {
        long round = jdbc.queryForObject("""
                insert into selection_round (program_code, round_year, title, status, quota,
                    nomination_opens_at, nomination_closes_at, city_deadline, review_ends_at)
                values ('SECONDARY_SPECIALTY', 2026, ?, 'CITY_REVIEW', 10, now() - interval '10 days',
                    now() - interval '1 day', now() + interval '5 days', now() + interval '10 days')
                returning id
                """, Long.class, "导出批次 " + System.nanoTime());
        nomination(round, "芙蓉区职业中专（演示）", "SUBMITTED", "长沙的数控专业群");
        nomination(round, "娄星区职业中专（演示）", "RECOMMENDED", "娄底的数控专业群");
        nomination(round, "天心区职业中专（演示）", "DRAFT", "长沙的草稿");
        String path = "/rounds/" + round + "/nominations.xlsx";

        Sheet all = sheet(download("admin", path));
        assertThat(header(all)).contains("申报名称", "核心专业", "群内专业（以顿号分隔）", "项目概述", "建设基础");
        assertThat(column(all, 1)).containsExactly("长沙的数控专业群", "娄底的数控专业群");
        int lead = header(all).indexOf("核心专业");
        assertThat(column(all, lead)).containsOnly("数控技术应用");

        Sheet city = sheet(download("changsha", path));
        assertThat(column(city, 1)).as("a city its own filed nominations").containsExactly("长沙的数控专业群");

        refused(path, "xhcy", "expert1", "inspector1", "auditor");
    }

    @Test
    void theExpertPoolGoesToProvinceStaffOnly() throws Exception {
        Sheet pool = sheet(download("admin", "/experts.xlsx"));
        assertThat(header(pool)).startsWith("专家", "登录名", "职称", "专业领域", "所在单位");
        assertThat(column(pool, 1)).contains("expert1", "expert2", "expert3", "expert4", "expert5");
        refused("/experts.xlsx", "changsha", "xhcy", "expert1", "inspector1");
    }

    @Test
    void theDirectoryGoesToEachViewerAsTheirListShowsIt() throws Exception {
        Sheet all = sheet(download("admin", "/organizations.xlsx"));
        assertThat(header(all)).startsWith("单位名称", "类型", "市州", "县市区");
        assertThat(column(all, 0)).contains("芙蓉区职业中专（演示）", "娄星区职业中专（演示）");

        Sheet city = sheet(download("changsha", "/organizations.xlsx"));
        assertThat(column(city, 0)).contains("芙蓉区职业中专（演示）").doesNotContain("娄星区职业中专（演示）");
        assertThat(column(city, 2)).containsOnly("长沙市");

        Sheet filtered = sheet(download("admin", "/organizations.xlsx?city=431300&kind=SECONDARY_VOCATIONAL"));
        assertThat(column(filtered, 0)).contains("娄星区职业中专（演示）").doesNotContain("芙蓉区职业中专（演示）");

        refused("/organizations.xlsx", "auditor", "sysadmin");
    }
}

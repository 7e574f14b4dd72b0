package cn.gov.hunan.chuyi.selection.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 18: experts assigned by an uploaded sheet (nomination × expert). A sheet with a bad row is refused whole with
 * the row and the column of each problem and assigns no one; a clean sheet starts the review and assigns every row.
 */
class BatchAssignmentIT extends PostgresIntegrationTest {

    long round() {
        return jdbc.queryForObject("""
                insert into selection_round (program_code, round_year, title, status, quota,
                    nomination_opens_at, nomination_closes_at, city_deadline, review_ends_at, experts_per_nomination)
                values ('SECONDARY_SPECIALTY', 2026, ?, 'EXPERT_REVIEW', 10, now() - interval '10 days',
                    now() - interval '5 days', now() - interval '2 days', now() + interval '10 days', 3)
                returning id
                """, Long.class, "分配表批次 " + System.nanoTime());
    }

    long nomination(long round, String organization, String status) {
        return jdbc.queryForObject("""
                insert into nomination (round_id, organization_id, city_code, status, title, slot, submitted_at, lead_specialty)
                select ?, id, city_code, ?, ?, 1, now(), '数控技术应用' from organization where name = ?
                returning id
                """, Long.class, round, status, organization + "专业群", organization);
    }

    static byte[] sheet(Object[]... rows) throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("分配");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("申报编号");
            header.createCell(1).setCellValue("专家登录名");
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    if (rows[i][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(rows[i][c]));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    MvcResult upload(String user, byte[] content, boolean confirmed) throws Exception {
        var request = multipart("/nominations/batch/assignments")
                .file(new MockMultipartFile(
                        "file",
                        "专家分配表.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        content))
                .header("Referer", "http://localhost/nominations");
        if (confirmed) {
            request.param("confirmed", "true");
        }
        return mvc.perform(request.with(users.as(user)).with(csrf())).andReturn();
    }

    int assigned(long nomination) {
        return jdbc.queryForObject(
                "select count(*) from review_assignment where nomination_id = ?", Integer.class, nomination);
    }

    @Test
    void aSheetWithBadRowsIsRefusedWithRowAndColumnAndAssignsNoOne() throws Exception {
        long round = round();
        long eligible = nomination(round, "芙蓉区职业中专（演示）", "ELIGIBLE");
        long ineligible = nomination(round, "天心区职业中专（演示）", "INELIGIBLE");

        MvcResult refused = upload(
                "admin",
                sheet(
                        new Object[] {eligible, "expert1"},
                        new Object[] {eligible, "nobody"},
                        new Object[] {"十二", "expert2"},
                        new Object[] {ineligible, "expert3"},
                        new Object[] {eligible, "expert1"}),
                true);
        String page = refused.getResponse().getContentAsString();
        assertThat(page)
                .contains("分配表有 4 处问题，未分配任何专家")
                .contains("专家库中没有登录名为“nobody”的专家")
                .contains("申报编号应为正整数（填写的是“十二”）")
                .contains("申报 " + ineligible + " 当前状态不能分配专家")
                .contains("专家“expert1”须回避该申报、已分配或在表中重复");
        // each problem with its row (as Excel numbers it) and column
        assertThat(page.replaceAll("\\s+", ""))
                .contains("<td>3</td><td>B</td>")
                .contains("<td>4</td><td>A</td>")
                .contains("<td>5</td><td>A</td>")
                .contains("<td>6</td><td>B</td>");
        assertThat(assigned(eligible)).isZero();
        assertThat(jdbc.queryForObject("select status from nomination where id = ?", String.class, eligible))
                .isEqualTo("ELIGIBLE");
    }

    @Test
    void aCleanSheetStartsTheReviewAndAssignsEveryRow() throws Exception {
        long round = round();
        long first = nomination(round, "岳麓区职业中专（演示）", "ELIGIBLE");
        long second = nomination(round, "开福区职业中专（演示）", "UNDER_REVIEW");
        byte[] clean = sheet(new Object[] {first, "expert1"}, new Object[] {first, "expert2"}, new Object[] {
            String.valueOf(second), " expert3 "
        });

        MvcResult unconfirmed = upload("admin", clean, false);
        assertThat(unconfirmed.getFlashMap().get("errorKey")).isEqualTo("selection.batch.sheet.notConfirmed");
        assertThat(assigned(first)).isZero();

        MvcResult city = upload("changsha", clean, true);
        assertThat(city.getResponse().getStatus()).isEqualTo(403);

        MvcResult done = upload("admin", clean, true);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/nominations");
        assertThat(done.getFlashMap().get("success")).isEqualTo("selection.batch.sheet.applied");
        assertThat(assigned(first)).isEqualTo(2);
        assertThat(assigned(second)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from nomination where id = ?", String.class, first))
                .isEqualTo("UNDER_REVIEW");
    }

    @Test
    void theTemplateOfARoundIsDownloadedFilledAndUploadedAndItsAssignmentsApplied() throws Exception {
        long round = round();
        long first = nomination(round, "雨花区职业中专（演示）", "ELIGIBLE");
        long second = nomination(round, "宁乡市职业中专（演示）", "UNDER_REVIEW");
        long notYet = nomination(round, "荷塘区职业中专（演示）", "RECOMMENDED");
        jdbc.update(
                "insert into review_assignment (nomination_id, expert_id, status, assigned_at)"
                        + " select ?, id, 'ASSIGNED', now() from app_user where username = 'expert4'",
                second);

        var english = mvc.perform(get("/nominations/batch/assignments/template.xlsx")
                        .param("round", String.valueOf(round))
                        .param("lang", "en")
                        .with(users.as("admin")))
                .andReturn()
                .getResponse();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(english.getContentAsByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Assignments");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Expert sign-in name");
            assertThat(workbook.getSheetName(2)).isEqualTo("Instructions");
        }

        var response = mvc.perform(get("/nominations/batch/assignments/template.xlsx")
                        .param("round", String.valueOf(round))
                        .with(users.as("admin")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        byte[] filled;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
                var out = new ByteArrayOutputStream()) {
            var data = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("分配");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("申报编号");
            assertThat(data.getRow(0).getCell(1).getStringCellValue()).isEqualTo("专家登录名");
            assertThat(workbook.getSheetName(1)).isEqualTo("专家库");
            assertThat(workbook.getSheetName(2)).isEqualTo("填写说明");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("登录名");
            List<String> pool = new ArrayList<>();
            workbook.getSheetAt(1).forEach(row -> pool.add(row.getCell(0).getStringCellValue()));
            assertThat(pool).contains("expert1", "expert2", "expert3");
            // three experts a nomination: three rows for the first, two for the second (one assigned), none for the
            // nomination not yet eligible
            Map<Long, List<Integer>> rows = new HashMap<>();
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                rows.computeIfAbsent((long) data.getRow(r).getCell(0).getNumericCellValue(), k -> new ArrayList<>())
                        .add(r);
            }
            assertThat(rows).containsOnlyKeys(first, second);
            assertThat(rows.get(first)).hasSize(3);
            assertThat(rows.get(second)).hasSize(2);
            assertThat(data.getRow(rows.get(second).get(0)).getCell(4).getStringCellValue())
                    .isEqualTo("专家四（常德职院）");
            assertThat(data.getRow(rows.get(first).get(0)).getCell(2).getStringCellValue())
                    .isEqualTo("雨花区职业中专（演示）专业群");
            assertThat(data.getDataValidations()).hasSize(1);
            // the department marks two experts for the first, one for the second, and leaves the other rows blank
            data.getRow(rows.get(first).get(0)).createCell(1).setCellValue("expert1");
            data.getRow(rows.get(first).get(1)).createCell(1).setCellValue("expert2");
            data.getRow(rows.get(second).get(0)).createCell(1).setCellValue("expert3");
            workbook.write(out);
            filled = out.toByteArray();
        }

        MvcResult done = upload("admin", filled, true);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/nominations");
        assertThat(done.getFlashMap().get("successArgs")).isEqualTo(new Object[] {3});
        assertThat(assigned(first)).isEqualTo(2);
        assertThat(assigned(second)).isEqualTo(2);
        assertThat(assigned(notYet)).isZero();
        assertThat(jdbc.queryForObject("select status from nomination where id = ?", String.class, first))
                .isEqualTo("UNDER_REVIEW");
    }

    @Test
    void theListOfARoundLinksItsTemplate() throws Exception {
        long round = round();
        String page = mvc.perform(get("/nominations")
                        .param("round", String.valueOf(round))
                        .with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/nominations/batch/assignments/template.xlsx?round=" + round);
        assertThat(mvc.perform(get("/nominations").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"sheet-template-hint\"");
    }
}

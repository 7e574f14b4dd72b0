package cn.gov.hunan.chuyi.selection.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a round's review workbook read back cell by cell: every expert's score and comment per criterion, the
 * weighted totals, the trimmed mean and the spread of each nomination, experts numbered in a blind round and named
 * otherwise; only province staff download it, and only once the round has a ranking.
 */
class ReviewWorkbookIT extends PostgresIntegrationTest {

    static final String[] EXPERTS = {"expert1", "expert2", "expert3", "expert4", "expert5"};

    long round;
    long basis;
    long effect;

    long setUpRound(String status) {
        round = jdbc.queryForObject("""
                insert into selection_round (program_code, round_year, title, status, quota,
                    nomination_opens_at, nomination_closes_at, city_deadline, review_ends_at, experts_per_nomination)
                values ('SECONDARY_SPECIALTY', 2026, ?, ?, 10, now() - interval '10 days', now() - interval '5 days',
                    now() - interval '2 days', now() + interval '10 days', 5)
                returning id
                """, Long.class, "评审明细批次 " + System.nanoTime(), status);
        basis = criterion("办学基础", 60, 0);
        effect = criterion("建设成效", 40, 1);
        return round;
    }

    long criterion(String name, int max, int order) {
        return jdbc.queryForObject(
                "insert into selection_criterion (round_id, name, max_score, weight, sort_order) values (?, ?, ?, 1, ?)"
                        + " returning id",
                Long.class,
                round,
                name,
                max,
                order);
    }

    long nomination(String organization, String title) {
        return jdbc.queryForObject("""
                insert into nomination (round_id, organization_id, city_code, status, title, slot, submitted_at)
                select ?, id, city_code, 'UNDER_REVIEW', ?, 1, now() from organization where name = ?
                returning id
                """, Long.class, round, title, organization);
    }

    void scored(long nomination, String expert, int basisScore, int effectScore, String comment) {
        long assignment = jdbc.queryForObject("""
                insert into review_assignment (nomination_id, expert_id, status, total, submitted_at, assigned_at)
                select ?, id, 'SUBMITTED', ?, now(), now() from app_user where username = ?
                returning id
                """, Long.class, nomination, basisScore + effectScore, expert);
        jdbc.update(
                "insert into review_score (assignment_id, criterion_id, score, comment) values (?, ?, ?, ?), (?, ?, ?, null)",
                assignment,
                basis,
                basisScore,
                comment,
                assignment,
                effect,
                effectScore);
    }

    Sheet download(String user) throws Exception {
        byte[] bytes = mvc.perform(get("/rounds/" + round + "/review.xlsx").with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
    }

    static String text(Row row, int column) {
        return row.getCell(column) == null ? null : row.getCell(column).getStringCellValue();
    }

    static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }

    @Test
    void theWorkbookCarriesEveryScoreTheTrimmedMeanAndTheSpreadWithExpertsNumberedInABlindRound() throws Exception {
        setUpRound("EXPERT_REVIEW");
        long first = nomination("芙蓉区职业中专（演示）", "数控技术应用专业");
        long second = nomination("天心区职业中专（演示）", "会计事务专业");
        int[][] firstScores = {{55, 35}, {50, 30}, {40, 30}, {35, 25}, {58, 37}}; // totals 90, 80, 70, 60, 95
        for (int i = 0; i < 5; i++) {
            scored(first, EXPERTS[i], firstScores[i][0], firstScores[i][1], i == 0 ? "基础扎实，=SUM(A1)" : null);
        }
        scored(second, "expert1", 30, 20, "尚可");
        scored(second, "expert2", 40, 30, null); // totals 50 and 70

        Sheet sheet = download("admin");
        Row header = sheet.getRow(0);
        assertThat(text(header, 4)).isEqualTo("评审专家");
        assertThat(text(header, 6)).isEqualTo("办学基础（满分 60）");
        assertThat(text(header, 7)).isEqualTo("办学基础 评语");
        assertThat(text(header, 8)).isEqualTo("建设成效（满分 40）");
        assertThat(text(header, 11)).isEqualTo("最终得分（去掉最高分和最低分后的平均分）");

        // the first nomination ranks first: five experts' rows, then its summary
        Row top = sheet.getRow(1);
        assertThat(number(top, 0)).isEqualTo(1);
        assertThat(number(top, 1)).isEqualTo(first);
        assertThat(text(top, 2)).isEqualTo("数控技术应用专业");
        assertThat(text(top, 3)).isEqualTo("芙蓉区职业中专（演示）");
        assertThat(text(top, 4)).isEqualTo("专家1");
        assertThat(text(top, 5)).isEqualTo("是");
        assertThat(number(top, 6)).isEqualTo(55);
        assertThat(text(top, 7)).as("a comment stays text").isEqualTo("基础扎实，=SUM(A1)");
        assertThat(top.getCell(7).getCellType()).isEqualTo(CellType.STRING);
        assertThat(number(top, 8)).isEqualTo(35);
        assertThat(number(top, 10)).isEqualTo(90);
        for (int i = 0; i < 5; i++) {
            assertThat(text(sheet.getRow(1 + i), 4)).isEqualTo("专家" + (i + 1));
            assertThat(number(sheet.getRow(1 + i), 10)).isEqualTo(firstScores[i][0] + firstScores[i][1]);
        }
        Row firstSummary = sheet.getRow(6);
        assertThat(text(firstSummary, 4)).isEqualTo("汇总");
        assertThat(BigDecimal.valueOf(number(firstSummary, 11))).isEqualByComparingTo("80"); // (90 + 80 + 70) / 3
        assertThat(number(firstSummary, 12)).isEqualTo(35);
        assertThat(text(firstSummary, 13)).as("35 is above 20 % of 100").isEqualTo("是");

        Row secondFirst = sheet.getRow(7);
        assertThat(number(secondFirst, 0)).isEqualTo(2);
        assertThat(text(secondFirst, 4))
                .as("one expert keeps one number across the round")
                .isEqualTo("专家1");
        assertThat(text(secondFirst, 7)).isEqualTo("尚可");
        assertThat(text(sheet.getRow(8), 4)).isEqualTo("专家2");
        Row secondSummary = sheet.getRow(9);
        assertThat(number(secondSummary, 11)).isEqualTo(60); // fewer than five: not trimmed
        assertThat(number(secondSummary, 12)).isEqualTo(20);
        assertThat(text(secondSummary, 13)).isEqualTo("否");
        assertThat(text(sheet.getRow(11), 0)).isEqualTo("评审委员会成员签字：");

        // a round that is not blind names its experts
        jdbc.update("update selection_round set blind_review = false where id = ?", round);
        Sheet named = download("admin");
        assertThat(text(named.getRow(1), 4)).isEqualTo("专家一（长沙民政）");
        assertThat(text(named.getRow(2), 4)).isEqualTo("专家二（湖南铁道）");
    }

    @Test
    void onlyProvinceStaffDownloadItAndOnlyOnceTheRoundHasARanking() throws Exception {
        setUpRound("EXPERT_REVIEW");
        for (String user : new String[] {"changsha", "xhcy", "expert1", "inspector1", "auditor"}) {
            assertThat(mvc.perform(get("/rounds/" + round + "/review.xlsx").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/rounds/" + round + "/review.xlsx").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        jdbc.update("update selection_round set status = 'CITY_REVIEW' where id = ?", round);
        assertThat(mvc.perform(get("/rounds/" + round + "/review.xlsx").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}

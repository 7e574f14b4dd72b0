package cn.gov.hunan.chuyi.selection.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.selection.SealedPageFiles;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** A whole round in the browser's requests, from set-up to designated project, on PostgreSQL. */
public class SelectionRoundIT extends PostgresIntegrationTest {

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    RoundService roundService;

    private static XSSFWorkbook workbook(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost/"))
                .andReturn();
    }

    private String flashError(MvcResult result) {
        Object key = result.getFlashMap().get("errorKey");
        return key == null ? null : key.toString();
    }

    private long version(long roundId) {
        return jdbc.queryForObject("select version from selection_round where id = ?", Long.class, roundId);
    }

    private String status(String table, long id) {
        return jdbc.queryForObject("select status from " + table + " where id = ?", String.class, id);
    }

    private void move(long roundId, String move) throws Exception {
        var result = send(
                "admin",
                post("/rounds/" + roundId + "/transition")
                        .param("confirmed", "true")
                        .param("move", move)
                        .param("version", String.valueOf(version(roundId))));
        assertThat(flashError(result)).as(move).isNull();
    }

    private long idFromRedirect(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after create").isNotNull();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aWholeRoundFromSetUpToDesignatedProject() throws Exception {
        String title = "测试实训基地遴选 " + System.nanoTime();
        LocalDateTime now =
                LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);

        // 1. set-up
        long roundId = idFromRedirect(send(
                "admin",
                post("/rounds")
                        .param("programCode", "TRAINING_BASE")
                        .param("year", "2026")
                        .param("title", title)
                        .param("quota", "1")
                        .param("nominationOpensAt", now.minusHours(1).toString())
                        .param("nominationClosesAt", now.plusDays(2).toString())
                        .param("cityDeadline", now.plusDays(5).toString())
                        .param("reviewEndsAt", now.plusDays(10).toString())
                        .param("publicityDays", "7")
                        .param("expertsPerNomination", "3")
                        .param("eligibleKinds", "HIGHER_VOCATIONAL", "SECONDARY_VOCATIONAL")
                        .param("criteria[0].name", "品德")
                        .param("criteria[0].maxScore", "40")
                        .param("criteria[0].weight", "1")
                        .param("criteria[1].name", "技能")
                        .param("criteria[1].maxScore", "60")
                        .param("criteria[1].weight", "1")
                        .param("version", "0")));
        assertThat(status("selection_round", roundId)).isEqualTo("DRAFT");
        move(roundId, "OPEN_NOMINATIONS");

        // 2. filing by a province-run college and a county school
        long hngy = file("hngy", roundId);
        long xhcy = file("xhcy", roundId);
        var incomplete = send("xhcy", post("/nominations/" + xhcy + "/submit").param("confirmed", "true"));
        assertThat(flashError(incomplete)).isEqualTo("selection.nomination.error.incomplete");
        assertThat(String.valueOf(incomplete.getFlashMap().get("errorList")))
                .contains("selection.nomination.missing.attachment");
        for (var pair : List.of(List.of("hngy", hngy), List.of("xhcy", xhcy))) {
            String user = (String) pair.get(0);
            long id = (Long) pair.get(1);
            send(
                    user,
                    multipart("/nominations/" + id + "/attachments")
                            .file(new MockMultipartFile("file", "申报书.pdf", "application/pdf", PDF)));
            assertThat(flashError(
                            send(user, post("/nominations/" + id + "/submit").param("confirmed", "true"))))
                    .as("complete, but no sealed page yet")
                    .isEqualTo("sealpage.error.missing");
            assertThat(flashError(send(user, SealedPageFiles.uploadTo(id)))).isNull();
            assertThat(flashError(
                            send(user, post("/nominations/" + id + "/submit").param("confirmed", "true"))))
                    .isNull();
        }
        assertThat(status("nomination", hngy)).as("province-run skips the city").isEqualTo("RECOMMENDED");
        assertThat(status("nomination", xhcy)).isEqualTo("SUBMITTED");
        var readOnly =
                send("xhcy", post("/nominations/" + xhcy).param("title", "改").param("version", "0"));
        assertThat(readOnly.getResponse().getContentAsString())
                .as("read-only after submission")
                .contains("不能再修改");
        assertThat(jdbc.queryForObject("select title from nomination where id = ?", String.class, xhcy))
                .isEqualTo("xhcy 实训基地申报");

        // 3. the city recommends its school
        assertThat(flashError(send("loudi", post("/nominations/" + xhcy + "/recommend"))))
                .isNull();
        assertThat(status("nomination", xhcy)).isEqualTo("RECOMMENDED");

        // 4. the window closes at its deadline, by the scheduled job, once
        jdbc.update(
                "update selection_round set nomination_opens_at = current_timestamp - interval '2' day, "
                        + "nomination_closes_at = current_timestamp - interval '1' minute where id = ?",
                roundId);
        assertThat(roundService.closeDueNominationWindows()).isGreaterThanOrEqualTo(1);
        assertThat(roundService.closeDueNominationWindows()).isZero();
        assertThat(status("selection_round", roundId)).isEqualTo("CITY_REVIEW");

        // 5. eligibility, then expert review
        for (long id : List.of(hngy, xhcy)) {
            assertThat(flashError(send(
                            "admin", post("/nominations/" + id + "/eligibility").param("eligible", "true"))))
                    .isNull();
        }
        move(roundId, "START_EXPERT_REVIEW");
        send("admin", post("/rounds/" + roundId + "/assignments/auto"));
        List<Long> assignments = jdbc.queryForList(
                "select a.id from review_assignment a join nomination n on n.id = a.nomination_id where n.round_id = ? order by a.id",
                Long.class,
                roundId);
        assertThat(assignments).hasSize(6);
        assertThat(jdbc.queryForObject("""
                select count(*) from review_assignment a join nomination n on n.id = a.nomination_id
                join app_user u on u.id = a.expert_id where n.round_id = ? and u.organization_id = n.organization_id""", Integer.class, roundId))
                .as("no expert reviews their own organisation")
                .isZero();

        // 6. every expert scores; hngy's nomination scores higher
        for (long assignment : assignments) {
            var row = jdbc.queryForMap("""
                    select u.username, n.id as nomination from review_assignment a join app_user u on u.id = a.expert_id
                    join nomination n on n.id = a.nomination_id where a.id = ?""", assignment);
            List<Long> criteria = jdbc.queryForList(
                    "select id from selection_criterion where round_id = ? order by sort_order", Long.class, roundId);
            boolean first = ((Number) row.get("nomination")).longValue() == hngy;
            var result = send(
                    (String) row.get("username"),
                    post("/reviews/" + assignment)
                            .param("score_" + criteria.get(0), first ? "35" : "30")
                            .param("score_" + criteria.get(1), first ? "55" : "40")
                            .param("version", "0")
                            .param("action", "submit")
                            .param("confirmed", "true"));
            assertThat(flashError(result)).isNull();
        }

        // 7. ranking and decision within the quota
        String ranking = mvc.perform(get("/rounds/" + roundId + "/ranking").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ranking.indexOf("rank-" + hngy)).isLessThan(ranking.indexOf("rank-" + xhcy));
        assertThat(ranking).contains("90.00").contains("70.00");
        try (var workbook =
                workbook(mvc.perform(get("/rounds/" + roundId + "/ranking.xlsx").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("排名");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("湖南工业职业技术学院");
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(90.0);
            assertThat(sheet.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(70.0);
        }
        assertThat(mvc.perform(get("/rounds/" + roundId + "/ranking.xlsx").with(users.as("changsha")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var outOfOrder = send(
                "admin",
                post("/rounds/" + roundId + "/decision")
                        .param("confirmed", "true")
                        .param("selected", String.valueOf(xhcy))
                        .param("meeting", "领导小组审议")
                        .param("meetingDate", LocalDate.now(PortalTime.ZONE).toString())
                        .param("version", String.valueOf(version(roundId))));
        assertThat(flashError(outOfOrder)).isEqualTo("selection.decision.error.departure");
        var decided = send(
                "admin",
                post("/rounds/" + roundId + "/decision")
                        .param("confirmed", "true")
                        .param("selected", String.valueOf(hngy))
                        .param("tier_" + hngy, "A")
                        .param("meeting", "领导小组审议")
                        .param("meetingDate", LocalDate.now(PortalTime.ZONE).toString())
                        .param("minutes", "纪要〔2026〕9号")
                        .param("version", String.valueOf(version(roundId))));
        assertThat(flashError(decided)).isNull();
        assertThat(status("nomination", hngy)).isEqualTo("SELECTED");
        assertThat(status("nomination", xhcy)).isEqualTo("NOT_SELECTED");

        // 8. publicity: public page, an objection, the round cannot close until it is resolved
        move(roundId, "START_PUBLICITY");
        String publicPage = mvc.perform(get("/publicity/" + roundId))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(publicPage).contains("湖南工业职业技术学院").doesNotContain("新化县楚怡工业学校");
        String printable = mvc.perform(get("/publicity/" + roundId + "/print"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(printable)
                .contains("id=\"print-list\"")
                .contains("湖南工业职业技术学院")
                .contains("湖南省教育厅")
                .doesNotContain("新化县楚怡工业学校");
        try (var workbook = workbook(mvc.perform(get("/publicity/" + roundId + "/list.xlsx"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray())) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("湖南工业职业技术学院");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("长沙市");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("A");
        }
        var unnamed = send(
                "xhcy",
                post("/publicity/" + roundId + "/objections")
                        .param("nominationId", String.valueOf(hngy))
                        .param("name", " ")
                        .param("telephone", "0731-84512345")
                        .param("reason", "y"));
        assertThat(unnamed.getResponse().getContentAsString())
                .as("an objection needs a real name")
                .contains("请填写真实姓名或单位名称");
        send(
                "xhcy",
                multipart("/publicity/" + roundId + "/objections")
                        .file(new MockMultipartFile("file", "证明.pdf", "application/pdf", PDF))
                        .param("nominationId", String.valueOf(hngy))
                        .param("name", "李四")
                        .param("telephone", "0731-84512345")
                        .param("reason", "事迹材料有出入"));
        assertThat(publicPage).doesNotContain("李四");
        var refused = send(
                "admin",
                post("/rounds/" + roundId + "/transition")
                        .param("confirmed", "true")
                        .param("move", "CLOSE_ROUND")
                        .param("version", String.valueOf(version(roundId))));
        assertThat(flashError(refused)).isEqualTo("selection.round.error.openObjections");
        long objection = jdbc.queryForObject("select id from objection where round_id = ?", Long.class, roundId);
        String evidenceUrl = "/rounds/" + roundId + "/objections/" + objection + "/evidence";
        var evidence = mvc.perform(get(evidenceUrl).with(users.as("admin")))
                .andReturn()
                .getResponse();
        assertThat(evidence.getStatus()).isEqualTo(200);
        assertThat(evidence.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(mvc.perform(get(evidenceUrl).with(users.as("xhcy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("only the staff who handle objections")
                .isEqualTo(403);
        send(
                "admin",
                post("/rounds/" + roundId + "/objections/" + objection)
                        .param("confirmed", "true")
                        .param("upheld", "false")
                        .param("disposition", "经核实，材料属实"));
        var early = send(
                "admin",
                post("/rounds/" + roundId + "/transition")
                        .param("confirmed", "true")
                        .param("move", "CLOSE_ROUND")
                        .param("version", String.valueOf(version(roundId))));
        assertThat(flashError(early))
                .as("not before the period ends")
                .isEqualTo("selection.round.error.publicityRunning");
        jdbc.update(
                "update selection_round set publicity_ends_at = current_timestamp - interval '1' minute where id = ?",
                roundId);
        move(roundId, "CLOSE_ROUND");

        // 9. designation
        assertThat(status("nomination", hngy)).isEqualTo("DESIGNATED");
        assertThat(jdbc.queryForObject("""
                select count(*) from designated_project where nomination_id = ? and program_code = 'TRAINING_BASE'
                and tier = 'A' and status = 'UNDER_CONSTRUCTION'""", Integer.class, hngy)).isEqualTo(1);
        String programPage = mvc.perform(get("/programs/TRAINING_BASE").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(programPage).contains("hngy 实训基地申报");
        long college = jdbc.queryForObject("select id from organization where name = '湖南工业职业技术学院'", Long.class);
        String profile = mvc.perform(get("/organizations/" + college).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(profile).contains("hngy 实训基地申报").contains("楚怡产教融合实训基地");

        // history on every record, and the people concerned were told
        assertThat(jdbc.queryForObject(
                        "select count(*) from selection_state_change where subject_type = 'NOMINATION' and subject_id = ?",
                        Integer.class,
                        hngy))
                // created, sealed page uploaded, recommended (province-run), eligible, under review, selected,
                // designated
                .isEqualTo(7);
        String nominationPage = mvc.perform(get("/nominations/" + xhcy).with(users.as("xhcy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(nominationPage).contains("loudi").contains("未入选");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = 'xhcy' and n.link = ?""", Integer.class, "/nominations/" + xhcy))
                .isGreaterThanOrEqualTo(4);
    }

    private long file(String user, long roundId) throws Exception {
        return idFromRedirect(send(
                user,
                post("/nominations")
                        .param("round", String.valueOf(roundId))
                        .param("title", user + " 实训基地申报")
                        .param("partnerEnterprises", "三一重工")
                        .param("siteAreaM2", "5000")
                        .param("workStations", "200")
                        .param("summary", "概述")
                        .param("foundation", "基础")
                        .param("plan", "计划")
                        .param("safeguards", "保障")
                        .param("version", "0")));
    }
}

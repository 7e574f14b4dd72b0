package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The register: direct registration within the target, evaluations, revocation, and who sees what. */
class ProjectRegisterIT extends PostgresIntegrationTest {

    private MvcResult send(String user, String path, String... params) throws Exception {
        var request = post(path).with(users.as(user)).with(csrf()).header("Referer", "http://localhost/projects");
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private long org(String name) {
        return jdbc.queryForObject("select id from organization where name = ?", Long.class, name);
    }

    private MvcResult register(String school, String title) throws Exception {
        return send(
                "admin",
                "/projects",
                "program",
                "UNDERGRAD_SCHOOL",
                "organization",
                String.valueOf(org(school)),
                "title",
                title,
                "year",
                "2021",
                "documentNumber",
                "湘教通〔2021〕1号",
                "constructionYears",
                "3");
    }

    private int counting() {
        return jdbc.queryForObject("""
                select count(*) from designated_project where program_code = 'UNDERGRAD_SCHOOL'
                and status not in ('REVOKED', 'FAILED')""", Integer.class);
    }

    @Test
    void designateRevokeAndDesignateAgainNeverExceedTheTarget() throws Exception {
        jdbc.update("update program set target = 3 where code = 'UNDERGRAD_SCHOOL'");
        for (String school : List.of("湖南化工职业技术大学", "湖南汽车工程职业大学", "湖南工艺美术职业大学")) {
            assertThat(register(school, school + "建设").getFlashMap().get("errorKey"))
                    .isNull();
        }
        assertThat(counting()).isEqualTo(3);
        assertThat(register("湖南软件职业技术大学", "第四个").getFlashMap().get("errorKey")).isEqualTo("project.error.targetFull");
        assertThat(register("湖南化工职业技术大学", "重复").getFlashMap().get("errorKey"))
                .isIn("project.error.targetFull", "project.error.duplicate");

        long first = jdbc.queryForObject("select id from designated_project where title = '湖南化工职业技术大学建设'", Long.class);
        assertThat(send("admin", "/projects/" + first + "/revoke", "reason", "", "version", "0", "confirmed", "true")
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("project.error.reason");
        assertThat(send(
                                "admin",
                                "/projects/" + first + "/revoke",
                                "reason",
                                "未按期建设",
                                "version",
                                "0",
                                "confirmed",
                                "true")
                        .getFlashMap()
                        .get("errorKey"))
                .isNull();
        assertThat(counting()).isEqualTo(2);
        assertThat(register("湖南软件职业技术大学", "补位").getFlashMap().get("errorKey")).isNull();
        assertThat(counting()).isEqualTo(3);
        String dashboard = mvc.perform(get("/").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String row = dashboard.substring(dashboard.indexOf("id=\"progress-UNDERGRAD_SCHOOL\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(">3<").contains("100%");
    }

    /** The grade form (evaluation.EvaluationController) is the one way to evaluate; the grade decides the move. */
    private MvcResult grade(long id, String grade, String conclusion, long version) throws Exception {
        return mvc.perform(multipart("/projects/" + id + "/evaluations")
                        .param("grade", grade)
                        .param("conclusion", conclusion)
                        .param("date", LocalDate.now(PortalTime.ZONE).toString())
                        .param("version", String.valueOf(version))
                        .param("confirmed", "true")
                        .with(users.as("admin"))
                        .with(csrf())
                        .header("Referer", "http://localhost/projects/" + id))
                .andReturn();
    }

    @Test
    void midTermThenAcceptanceAreRecordedWithTheExpertsConclusion() throws Exception {
        long id = jdbc.queryForObject("""
                select p.id from designated_project p join organization o on o.id = p.organization_id
                where o.name = '长沙民政职业技术学院' and p.program_code = 'HIGHER_VOC_SCHOOL'""", Long.class);
        String before = mvc.perform(get("/projects/" + id).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before)
                .as("one way to evaluate: the grade form, the old score form gone")
                .contains("id=\"grade-form\"")
                .doesNotContain("id=\"project-actions\"")
                .doesNotContain("id=\"evaluation-form\"")
                .doesNotContain("name=\"score\"");
        assertThat(grade(id, "PASSED", "x", 0).getFlashMap().get("errorKey"))
                .as("acceptance before mid-term")
                .isEqualTo("evaluation.error.notDue");
        assertThat(grade(id, "EXCELLENT", "建设进度符合预期", 0).getFlashMap().get("errorKey"))
                .isNull();
        assertThat(grade(id, "PASSED", "通过验收", 1).getFlashMap().get("errorKey")).isNull();
        String page = mvc.perform(get("/projects/" + id).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("验收通过").contains("建设进度符合预期").contains("通过验收").doesNotContain("id=\"grade-form\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_state_change where project_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void eachRoleSeesItsSliceOfTheRegister() throws Exception {
        long loudiProject = jdbc.queryForObject("""
                select p.id from designated_project p join organization o on o.id = p.organization_id
                where o.name = '涟源市工贸职业中等专业学校'""", Long.class);
        long hngyProject = jdbc.queryForObject("""
                select p.id from designated_project p join organization o on o.id = p.organization_id
                where o.name = '湖南工业职业技术学院' and p.program_code = 'CULTURE_BASE'""", Long.class);
        assertThat(mvc.perform(get("/projects/" + loudiProject).with(users.as("changsha")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/projects/" + loudiProject).with(users.as("loudi")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/projects/" + hngyProject).with(users.as("xhcy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/projects/" + hngyProject).with(users.as("hngy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        String list = mvc.perform(get("/projects").with(users.as("xhcy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("楚怡文化传承基地").doesNotContain("湖南工业职业技术学院");

        for (String user : List.of(
                "admin",
                "changsha",
                "loudi",
                "hngy",
                "xhcy",
                "expert1",
                "inspector1",
                "auditor",
                "sysadmin",
                "secadmin")) {
            boolean business = !Set.of("auditor", "sysadmin", "secadmin").contains(user);
            assertThat(mvc.perform(get("/projects").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(business ? 200 : 403);
            int registerForm = mvc.perform(get("/projects/new").with(users.as(user)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(registerForm).as(user + " register form").isEqualTo("admin".equals(user) ? 200 : 403);
            int revoke = send(user, "/projects/0/revoke", "version", "0")
                    .getResponse()
                    .getStatus();
            assertThat(revoke).as(user + " revoke").isEqualTo("admin".equals(user) ? 404 : 403);
            assertThat(mvc.perform(get("/projects/export.xlsx").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user + " export")
                    .isEqualTo(business ? 200 : 403);
            assertThat(mvc.perform(get("/projects/print").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user + " print")
                    .isEqualTo(business ? 200 : 403);
            boolean tracksReports =
                    Set.of("admin", "changsha", "loudi", "hngy", "xhcy").contains(user);
            assertThat(mvc.perform(get("/projects/reports").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user + " report status")
                    .isEqualTo(tracksReports ? 200 : 403);
            assertThat(mvc.perform(get("/projects/reports.xlsx").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user + " report status export")
                    .isEqualTo(tracksReports ? 200 : 403);
        }
    }

    @Test
    void theRegisterExportsWhatTheListShowsWithTypedCells() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                mvc.perform(get("/projects/export.xlsx?program=CULTURE_BASE").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("项目类别");
            assertThat(sheet.getLastRowNum())
                    .isEqualTo(jdbc.queryForObject(
                            "select count(*) from designated_project where program_code = 'CULTURE_BASE'",
                            Integer.class));
            var names = new ArrayList<String>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                names.add(row.getCell(3).getStringCellValue());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("楚怡文化传承基地（职业教育文化馆）");
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(7).getNumericCellValue())
                        .isEqualTo(row.getCell(5).getNumericCellValue()
                                + row.getCell(6).getNumericCellValue()
                                - 1);
            }
            assertThat(names).contains("湖南工业职业技术学院", "新化县楚怡工业学校");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                mvc.perform(get("/projects/export.xlsx").with(users.as("xhcy")))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(3).getStringCellValue())
                        .as("a school exports only its own")
                        .isEqualTo("新化县楚怡工业学校");
            }
        }
        String print = mvc.perform(get("/projects/print?program=CULTURE_BASE").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(print)
                .contains("“楚怡”行动立项建设项目名单")
                .contains("楚怡文化传承基地（职业教育文化馆）")
                .contains("湖南工业职业技术学院")
                .contains("data-print")
                .doesNotContain("楚怡产教融合实训基地");
    }

    @Test
    void theCoveragePageListsEveryCountyWithItsPublicSecondarySchools() throws Exception {
        String all = mvc.perform(get("/coverage").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(all.split("id=\"county-", -1).length - 1).isEqualTo(122);
        assertThat(all).contains("新化县楚怡工业学校").contains("共 122 个县市区，0 个尚无公办中职学校");
        String changsha = mvc.perform(get("/coverage").with(users.as("changsha")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(changsha.split("id=\"county-", -1).length - 1).isEqualTo(9);
        assertThat(mvc.perform(get("/coverage").with(users.as("hngy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/coverage.xlsx").with(users.as("hngy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        try (var workbook = new XSSFWorkbook(
                new ByteArrayInputStream(mvc.perform(get("/coverage.xlsx").with(users.as("loudi")))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("县市区");
            assertThat(sheet.getLastRowNum())
                    .isEqualTo(jdbc.queryForObject(
                            "select count(*) from division where parent_code = '431300' and level = 'COUNTY'",
                            Integer.class));
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).isEqualTo("娄底市");
                assertThat(sheet.getRow(i).getCell(3).getNumericCellValue()).isGreaterThanOrEqualTo(1.0);
            }
        }
        jdbc.update("update organization set privately_run = true where name = '芙蓉区职业中专（演示）'");
        try {
            String gap = mvc.perform(get("/coverage").with(users.as("admin")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(gap).contains("1 个尚无公办中职学校");
        } finally {
            jdbc.update("update organization set privately_run = false where name = '芙蓉区职业中专（演示）'");
        }
    }
}

package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 13: an organisation holds as many designations of a programme as the programme allows one organisation
 * (two higher-vocational clusters, one school designation), files as many nominations in a round as the round
 * allows, and spirit inheritors have one path that counts toward their programme.
 */
class DesignationLimitsIT extends PostgresIntegrationTest {

    @Autowired
    ProgramCatalogue catalogue;

    private MvcResult send(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost/"))
                .andReturn();
    }

    private MvcResult register(String program, String school, String title) throws Exception {
        return send(
                "admin",
                post("/projects")
                        .param("program", program)
                        .param("organization", String.valueOf(org(school)))
                        .param("title", title)
                        .param("year", "2023")
                        .param("documentNumber", "湘教通〔2023〕9号")
                        .param("constructionYears", "3"));
    }

    private long org(String name) {
        return jdbc.queryForObject("select id from organization where name = ?", Long.class, name);
    }

    private static Object flashError(MvcResult result) {
        return result.getFlashMap().get("errorKey");
    }

    private MvcResult newRound(String program, String title, String perOrganization) throws Exception {
        LocalDateTime now =
                LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        return send(
                "admin",
                post("/rounds")
                        .param("programCode", program)
                        .param("year", "2026")
                        .param("title", title)
                        .param("quota", "5")
                        .param("nominationsPerOrganization", perOrganization)
                        .param("nominationOpensAt", now.minusHours(1).toString())
                        .param("nominationClosesAt", now.plusDays(2).toString())
                        .param("cityDeadline", now.plusDays(5).toString())
                        .param("reviewEndsAt", now.plusDays(10).toString())
                        .param("publicityDays", "7")
                        .param("expertsPerNomination", "3")
                        .param("eligibleKinds", "SECONDARY_VOCATIONAL")
                        .param("criteria[0].name", "基础")
                        .param("criteria[0].maxScore", "100")
                        .param("criteria[0].weight", "1")
                        .param("version", "0"));
    }

    @Test
    void aCollegeGetsASecondClusterUpToTheProgrammeLimitAndIsRefusedBeyondIt() throws Exception {
        String college = "湖南交通职业技术学院";
        assertThat(flashError(register("HIGHER_VOC_CLUSTER", college, "道路桥梁工程技术专业群")))
                .isNull();
        assertThat(flashError(register("HIGHER_VOC_CLUSTER", college, "汽车检测与维修技术专业群")))
                .as("a second cluster: the programme allows two per college")
                .isNull();
        assertThat(catalogue.heldBy("HIGHER_VOC_CLUSTER", org(college))).isEqualTo(2);
        assertThat(flashError(register("HIGHER_VOC_CLUSTER", college, "物流管理专业群")))
                .as("a third is beyond the programme's limit")
                .isEqualTo("project.error.duplicate");
        assertThat(catalogue.designationsLeft("HIGHER_VOC_CLUSTER", org(college)))
                .isZero();

        // the school programmes stay at one per school
        assertThat(flashError(register("HIGHER_VOC_SCHOOL", college, "楚怡高水平高职院校建设")))
                .isNull();
        assertThat(flashError(register("HIGHER_VOC_SCHOOL", college, "再次立项"))).isEqualTo("project.error.duplicate");

        // the register page and the organisation's profile list both clusters
        String profile = mvc.perform(get("/organizations/" + org(college)).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(profile).contains("道路桥梁工程技术专业群").contains("汽车检测与维修技术专业群").doesNotContain("物流管理专业群");
    }

    @Test
    void aRoundWithLimitTwoAcceptsTwoNominationsFromOneSchoolAndRefusesAThird() throws Exception {
        String title = "两项申报批次 " + System.nanoTime();
        MvcResult created = newRound("SECONDARY_SPECIALTY", title, "2");
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).as("round created").isNotNull();
        long roundId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject(
                        "select nominations_per_organization from selection_round where id = ?",
                        Integer.class,
                        roundId))
                .isEqualTo(2);
        send(
                "admin",
                post("/rounds/" + roundId + "/transition")
                        .param("move", "OPEN_NOMINATIONS")
                        .param("confirmed", "true")
                        .param(
                                "version",
                                String.valueOf(jdbc.queryForObject(
                                        "select version from selection_round where id = ?", Long.class, roundId))));

        for (String cluster : new String[] {"机电技术应用专业群", "电子信息专业群"}) {
            MvcResult filed = file(roundId, cluster);
            assertThat(filed.getResponse().getRedirectedUrl()).as(cluster).startsWith("/nominations/");
        }
        MvcResult third = file(roundId, "旅游服务专业群");
        assertThat(third.getResponse().getRedirectedUrl())
                .as("a third nomination is refused")
                .isNull();
        assertThat(third.getResponse().getContentAsString())
                .contains("本单位在该批次的申报已达上限（每个单位 2 项）")
                .as("the form comes back with what was typed")
                .contains("旅游服务专业群");
        assertThat(jdbc.queryForObject(
                        "select count(*) from nomination where round_id = ? and organization_id = ?",
                        Integer.class,
                        roundId,
                        org("新化县楚怡工业学校")))
                .isEqualTo(2);

        String open = mvc.perform(get("/rounds").with(users.as("xhcy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(open.substring(open.indexOf("open-round-" + roundId))).contains("查看第 2 项申报");
    }

    @Test
    void aRoundCannotLetOneSchoolFileMoreThanTheProgrammeLetsItHold() throws Exception {
        String title = "超限批次 " + System.nanoTime();
        MvcResult refused = newRound("SECONDARY_SCHOOL", title, "2");
        assertThat(refused.getResponse().getRedirectedUrl()).isNull();
        assertThat(refused.getResponse().getContentAsString())
                .contains("每个单位申报数上限不能超过该项目每个单位可立项的上限（1 个）")
                .contains(title);
        MvcResult invalid = newRound("SECONDARY_SPECIALTY", title, "0");
        assertThat(invalid.getResponse().getContentAsString()).contains("每个单位申报数上限须为 1 到 50 之间的整数");
        assertThat(jdbc.queryForObject("select count(*) from selection_round where title = ?", Integer.class, title))
                .isZero();
    }

    @Test
    void spiritInheritorsHaveOnePathThatCountsTowardTheProgramme() throws Exception {
        String title = "传承人批次 " + System.nanoTime();
        MvcResult refused = newRound("INHERITOR", title, "1");
        assertThat(refused.getResponse().getRedirectedUrl())
                .as("no round of people")
                .isNull();
        assertThat(refused.getResponse().getContentAsString()).contains("/inheritors");
        assertThat(mvc.perform(get("/rounds/new").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the set-up form does not offer what it would refuse")
                .doesNotContain("value=\"INHERITOR\"")
                .contains("value=\"CULTURE_BASE\"");

        long before = catalogue.get("INHERITOR").designated();
        jdbc.update("""
                insert into inheritor (organization_id, name, position, achievements, status, recognised_year, nominated_by, created_at)
                values (?, '测试传承人', '教师', '楚怡杯一等奖', 'RECOGNISED', 2026, 'xhcy', current_timestamp)""", org("新化县楚怡工业学校"));
        assertThat(catalogue.get("INHERITOR").designated())
                .as("a recognised inheritor counts")
                .isEqualTo(before + 1);
        assertThat(send(
                                "admin",
                                post("/projects")
                                        .param("program", "INHERITOR")
                                        .param("organization", String.valueOf(org("新化县楚怡工业学校")))
                                        .param("title", "某人")
                                        .param("year", "2023")
                                        .param("documentNumber", "x")
                                        .param("constructionYears", "3"))
                        .getFlashMap()
                        .get("errorKey"))
                .as("a person is never registered as a construction project")
                .isEqualTo("project.error.people");
        String page = mvc.perform(get("/programs/INHERITOR").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"program-people\"").contains("未设定");
    }

    private MvcResult file(long roundId, String cluster) throws Exception {
        return send(
                "xhcy",
                post("/nominations")
                        .param("round", String.valueOf(roundId))
                        .param("title", cluster)
                        .param("leadSpecialty", "机电技术应用")
                        .param("memberSpecialties", "数控技术应用")
                        .param("summary", "概述")
                        .param("foundation", "基础")
                        .param("plan", "计划")
                        .param("safeguards", "保障")
                        .param("version", "0"));
    }
}

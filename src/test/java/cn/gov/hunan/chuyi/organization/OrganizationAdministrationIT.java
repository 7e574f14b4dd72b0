package cn.gov.hunan.chuyi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.selection.SealedPageFiles;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Issue 13: whether the province runs a school (省属) and its competent authority (主管部门) come from data and are
 * kept by province staff with a history, not guessed from the name; a province-run school's nomination skips the
 * city step.
 */
class OrganizationAdministrationIT extends PostgresIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost/"))
                .andReturn();
    }

    private long org(String name) {
        return jdbc.queryForObject("select id from organization where name = ?", Long.class, name);
    }

    private boolean provinceRun(String name) {
        return jdbc.queryForObject("select province_run from organization where name = ?", Boolean.class, name);
    }

    private String authority(String name) {
        return jdbc.queryForObject("select competent_authority from organization where name = ?", String.class, name);
    }

    private long version(String name) {
        return jdbc.queryForObject("select version from organization where name = ?", Long.class, name);
    }

    private MvcResult change(String user, String name, boolean provinceRun, String authority, String reason)
            throws Exception {
        var request = post("/organizations/" + org(name) + "/administration")
                .param("competentAuthority", authority)
                .param("reason", reason)
                .param("version", String.valueOf(version(name)));
        if (provinceRun) {
            request.param("provinceRun", "true");
        }
        return send(user, request);
    }

    @Test
    void theReferenceDataFollowsTheMinistryListNotTheName() {
        // city-named public colleges are under 湖南省 in the Ministry's list: the name guess had left them to the city
        assertThat(provinceRun("长沙民政职业技术学院")).isTrue();
        assertThat(authority("长沙民政职业技术学院")).isEqualTo("湖南省");
        assertThat(provinceRun("岳阳职业技术学院")).isTrue();
        // run by the air force, not the province
        assertThat(provinceRun("长沙航空职业技术学院")).isFalse();
        assertThat(authority("长沙航空职业技术学院")).isEqualTo("空军装备部");
        // private colleges answer to the department but are not run by the province
        assertThat(provinceRun("湖南外国语职业学院")).isFalse();
        assertThat(authority("湖南外国语职业学院")).isEqualTo("湖南省教育厅");
        // the shared list's note: run by the county government
        assertThat(authority("湘南船山技工学校")).isEqualTo("衡阳县人民政府");
    }

    @Test
    void staffKeepTheFlagWithAHistoryAndAProvinceRunSchoolSkipsTheCity() throws Exception {
        String school = "新化县楚怡工业学校";
        try {
            var missingReason = change("admin", school, true, "湖南省教育厅（试）", " ");
            assertThat(missingReason.getResponse().getRedirectedUrl())
                    .as("refused")
                    .isNull();
            assertThat(missingReason.getResponse().getContentAsString())
                    .contains("请填写修改依据")
                    .as("the form keeps what was typed")
                    .contains("湖南省教育厅（试）");
            assertThat(provinceRun(school)).isFalse();
            assertThat(send(
                                    "changsha",
                                    post("/organizations/" + org(school) + "/administration")
                                            .param("provinceRun", "true")
                                            .param("reason", "x")
                                            .param("version", String.valueOf(version(school))))
                            .getResponse()
                            .getStatus())
                    .as("province staff only")
                    .isEqualTo(403);

            var saved = change("admin", school, true, "湖南省教育厅", "湘教通〔2026〕1号 划转省属");
            assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/organizations/" + org(school));
            assertThat(provinceRun(school)).isTrue();
            assertThat(authority(school)).isEqualTo("湖南省教育厅");
            assertThat(change("admin", school, true, "湖南省教育厅", "再次")
                            .getResponse()
                            .getContentAsString())
                    .contains("省属标记和主管部门都没有变化");
            String profile = mvc.perform(get("/organizations/" + org(school)).with(users.as("admin")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(profile)
                    .contains("id=\"administration-history\"")
                    .contains("湘教通〔2026〕1号 划转省属")
                    .contains("市县属或其他 · 未登记 → 省属 · 湖南省教育厅");

            // its nomination now goes straight to the department
            long round = openRound();
            long nomination = Long.parseLong(send(
                            "xhcy",
                            post("/nominations")
                                    .param("round", String.valueOf(round))
                                    .param("title", "省属测试专业群")
                                    .param("leadSpecialty", "机电技术应用")
                                    .param("memberSpecialties", "数控技术应用")
                                    .param("summary", "概述")
                                    .param("foundation", "基础")
                                    .param("plan", "计划")
                                    .param("safeguards", "保障")
                                    .param("version", "0"))
                    .getResponse()
                    .getRedirectedUrl()
                    .replace("/nominations/", ""));
            send(
                    "xhcy",
                    multipart("/nominations/" + nomination + "/attachments")
                            .file(new MockMultipartFile("file", "申报书.pdf", "application/pdf", PDF)));
            send("xhcy", SealedPageFiles.uploadTo(nomination));
            send("xhcy", post("/nominations/" + nomination + "/submit").param("confirmed", "true"));
            assertThat(jdbc.queryForObject("select status from nomination where id = ?", String.class, nomination))
                    .isEqualTo("RECOMMENDED");

            assertThat(change("admin", school, false, "", "恢复：测试结束")
                            .getResponse()
                            .getRedirectedUrl())
                    .isNotNull();
            assertThat(jdbc.queryForObject(
                            "select count(*) from organization_change where organization_id = ?",
                            Integer.class,
                            org(school)))
                    .isEqualTo(2);
        } finally {
            jdbc.update(
                    "update organization set province_run = false, competent_authority = null where name = ?", school);
        }
    }

    private long openRound() throws Exception {
        LocalDateTime now =
                LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        String location = send(
                        "admin",
                        post("/rounds")
                                .param("programCode", "SECONDARY_SPECIALTY")
                                .param("year", "2026")
                                .param("title", "省属测试批次 " + System.nanoTime())
                                .param("quota", "5")
                                .param("nominationsPerOrganization", "1")
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
                                .param("version", "0"))
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        send(
                "admin",
                post("/rounds/" + id + "/transition")
                        .param("move", "OPEN_NOMINATIONS")
                        .param("confirmed", "true")
                        .param(
                                "version",
                                String.valueOf(jdbc.queryForObject(
                                        "select version from selection_round where id = ?", Long.class, id))));
        return id;
    }
}

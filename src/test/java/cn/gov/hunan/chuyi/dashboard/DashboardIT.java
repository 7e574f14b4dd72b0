package cn.gov.hunan.chuyi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

class DashboardIT extends PostgresIntegrationTest {

    private String dashboard(String user) throws Exception {
        return mvc.perform(get("/").with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void provinceStaffSeeEveryProgrammeWithDesignatedAgainstTarget() throws Exception {
        String html = dashboard("admin");
        assertThat(html).contains("id=\"program-progress\"");
        for (String code : new String[] {"THINK_TANK", "CULTURE_BASE", "INHERITOR", "VOC_GROUP", "TRAINING_BASE"}) {
            assertThat(html).contains("id=\"progress-" + code + "\"");
        }
        // two culture bases of 20 designated in the demo register: 10 %
        assertThat(html).contains("楚怡文化传承基地（职业教育文化馆）").contains("10%");
    }

    @Test
    void provinceStaffSeeWhichCitiesHaveTheirFlagshipSchool() throws Exception {
        String html = dashboard("admin");
        assertThat(html).contains("已确定 3 个市州，共 14 个");
        assertThat(html.split("id=\"city-4", -1).length - 1).isEqualTo(14);
        assertThat(html).contains("浏阳市楚怡中等职业学校").contains("涟源市工贸职业中等专业学校");
    }

    @Test
    void aRevokedProjectDoesNotCountTowardItsTarget() throws Exception {
        // the demo register holds two training bases, one of them revoked (other tests may add running ones)
        int all = jdbc.queryForObject(
                "select count(*) from designated_project where program_code = 'TRAINING_BASE'", Integer.class);
        int revoked = jdbc.queryForObject(
                "select count(*) from designated_project where program_code = 'TRAINING_BASE'"
                        + " and status in ('REVOKED', 'EXITED', 'FAILED')",
                Integer.class);
        assertThat(revoked).isPositive();
        String html = dashboard("admin");
        String row = html.substring(html.indexOf("id=\"progress-TRAINING_BASE\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .contains("<td class=\"text-end\">" + (all - revoked) + "</td>")
                .doesNotContain("<td class=\"text-end\">" + all + "</td>");
    }

    @Test
    void otherRolesLandOnAPageThatSaysWhatTheyCanDo() throws Exception {
        assertThat(dashboard("changsha"))
                .contains("id=\"role-CITY_OFFICER\"")
                .contains("长沙市")
                .doesNotContain("program-progress");
        assertThat(dashboard("xhcy")).contains("id=\"role-SCHOOL_ADMIN\"").contains("新化县楚怡工业学校");
        assertThat(dashboard("expert2")).contains("id=\"role-EXPERT\"");
        assertThat(dashboard("inspector1")).contains("id=\"role-INSPECTOR\"");
        assertThat(dashboard("auditor")).contains("id=\"role-AUDITOR\"").doesNotContain("nav-programs");
        assertThat(dashboard("sysadmin")).contains("id=\"role-SYSTEM_ADMIN\"");
        assertThat(dashboard("secadmin")).contains("id=\"role-SECURITY_ADMIN\"");
    }
}

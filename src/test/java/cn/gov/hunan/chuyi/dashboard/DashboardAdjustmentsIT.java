package cn.gov.hunan.chuyi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The department's dashboard counts the dynamic adjustments (raised, lowered, exited) per year of the meeting. */
class DashboardAdjustmentsIT extends PostgresIntegrationTest {

    private long project;

    @BeforeEach
    void adjustmentsOfTwoYears() {
        // a demo project: a project added here would sit in the dashboard's cached figures for a minute
        project = jdbc.queryForObject("select min(id) from designated_project", Long.class);
        adjust("RAISE", "2013-03-01");
        adjust("RAISE", "2013-06-01");
        adjust("LOWER", "2013-09-01");
        adjust("PLACE_A", "2013-10-01");
        adjust("EXIT", "2013-12-31");
        adjust("LOWER", "2014-01-01");
    }

    private void adjust(String kind, String date) {
        jdbc.update("""
                insert into project_adjustment
                    (project_id, kind, meeting_name, meeting_date, reason, decided_by, decided_at)
                values (?, ?, '厅务会', cast(? as date), '测试', 'admin', current_timestamp)""", project, kind, date);
    }

    @AfterEach
    void removeThem() {
        jdbc.update(
                "delete from project_adjustment where project_id = ? and meeting_date < date '2015-01-01'", project);
    }

    private String dashboard(String user) throws Exception {
        return mvc.perform(get("/").with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String cell(String html, String id) {
        String rest = html.substring(html.indexOf("id=\"" + id + "\""));
        return rest.substring(rest.indexOf('>') + 1, rest.indexOf('<'));
    }

    @Test
    void theDepartmentSeesRaisedLoweredAndExitedPerYear() throws Exception {
        String html = dashboard("admin");
        assertThat(html).contains("id=\"adjustments-dashboard\"").contains("id=\"adjustment-years\"");
        assertThat(cell(html, "adjustments-2013-raised")).isEqualTo("2");
        assertThat(cell(html, "adjustments-2013-lowered")).isEqualTo("1");
        assertThat(cell(html, "adjustments-2013-exited")).isEqualTo("1");
        assertThat(cell(html, "adjustments-2014-raised")).isEqualTo("0");
        assertThat(cell(html, "adjustments-2014-lowered")).isEqualTo("1");
        assertThat(html.indexOf("id=\"adjustments-2014\""))
                .as("newest year first")
                .isLessThan(html.indexOf("id=\"adjustments-2013\""));
        assertThat(html).contains("/adjustments?year=2013");
    }

    @Test
    void otherRolesDoNotSeeThem() throws Exception {
        assertThat(dashboard("changsha")).doesNotContain("adjustments-dashboard");
        assertThat(dashboard("hngy")).doesNotContain("adjustments-dashboard");
    }
}

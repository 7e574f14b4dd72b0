package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The annual report never loses what the school typed: a number that is not one, a number too large for its column,
 * or "submit" pressed before "save" brings the page back with every value and the narrative as typed, and the
 * reason beside the field it concerns. Counts are shown as people write them (10, not 10.00).
 */
class ReportFormIT extends PostgresIntegrationTest {

    @Autowired
    ReportService reports;

    private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.as("hngy")).with(csrf()).header("Referer", "http://localhost/projects"))
                .andReturn();
    }

    /** The reason shown beside a field: the feedback element the field points to. */
    private static String besides(String page, String field) {
        var matcher =
                Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]*)<").matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }

    @Test
    void aRefusedReportComesBackWithEverythingTypedAndEachReasonBesideItsField() throws Exception {
        long project = jdbc.queryForObject("""
                select p.id from designated_project p join organization o on o.id = p.organization_id
                where o.name = '湖南工业职业技术学院' and p.program_code = 'TRAINING_BASE' and p.demo
                  and p.status in ('UNDER_CONSTRUCTION', 'ON_WARNING')
                order by p.id fetch first 1 rows only""", Long.class);
        List<Integer> years = reports.yearsToFile(project, users.principal("hngy"));
        assertThat(years).isNotEmpty();
        String location = send(post("/projects/" + project + "/reports").param("year", String.valueOf(years.get(0))))
                .getResponse()
                .getRedirectedUrl();
        long report = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        List<Long> indicators = jdbc.queryForList("""
                select id from project_indicator where program_code = 'TRAINING_BASE' and active order by sort_order, id""", Long.class);
        long stations = jdbc.queryForObject(
                "select id from project_indicator where program_code = 'TRAINING_BASE' and name = '实训工位数'", Long.class);

        // a number that is not one, and one too large for its column: nothing is saved, nothing typed is lost
        var typed = post(location)
                .param("version", "0")
                .param("narrative", "本年度新增工位，承办省赛一项。")
                .param("target_" + stations, "十个")
                .param("actual_" + stations, "99999999999999999999");
        for (long indicator : indicators) {
            if (indicator != stations) {
                typed.param("target_" + indicator, "30").param("actual_" + indicator, "31");
            }
        }
        var refused = send(typed);
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("value=\"十个\"").contains("本年度新增工位，承办省赛一项。").contains("value=\"31\"");
        assertThat(besides(page, "target_" + stations)).isEqualTo("指标数值须是数字。");
        assertThat(jdbc.queryForObject(
                        "select count(*) from annual_report_value where report_id = ?", Integer.class, report))
                .isZero();

        typed = post(location)
                .param("version", "0")
                .param("narrative", "本年度新增工位，承办省赛一项。")
                .param("target_" + stations, "10")
                .param("actual_" + stations, "99999999999999999999");
        page = send(typed).getResponse().getContentAsString();
        assertThat(page).contains("value=\"99999999999999999999\"").contains("本年度新增工位，承办省赛一项。");
        assertThat(besides(page, "actual_" + stations)).isEqualTo("数值须在 0 到 999999999999.99 之间，且最多两位小数。");
        assertThat(page).doesNotContain("Failed to convert");

        // "submit" pressed before "save": what is on the page is saved, then checked; the gaps are shown beside their
        // fields
        var submitted = post(location + "/submit")
                .param("version", "0")
                .param("narrative", "本年度新增工位。")
                .param("target_" + stations, "10")
                .param("actual_" + stations, "10");
        var gaps = send(submitted);
        assertThat(gaps.getResponse().getStatus()).isEqualTo(200);
        page = gaps.getResponse().getContentAsString();
        assertThat(page).contains("本年度新增工位。").contains("value=\"10\"");
        for (long indicator : indicators) {
            if (indicator != stations) {
                assertThat(besides(page, "actual_" + indicator)).isEqualTo("请填写实际完成值。");
            }
        }
        assertThat(besides(page, "actual_" + stations)).isNull();
        assertThat(jdbc.queryForObject("select narrative from annual_report where id = ?", String.class, report))
                .as("what was on the page was saved")
                .isEqualTo("本年度新增工位。");
        assertThat(jdbc.queryForObject("select status from annual_report where id = ?", String.class, report))
                .isEqualTo("DRAFT");

        long version = jdbc.queryForObject("select version from annual_report where id = ?", Long.class, report);
        var complete = post(location + "/submit")
                .param("version", String.valueOf(version))
                .param("narrative", "本年度新增工位。");
        for (long indicator : indicators) {
            complete.param("target_" + indicator, "10")
                    .param("actual_" + indicator, indicator == stations ? "10" : "12.50");
        }
        assertThat(send(complete).getResponse().getRedirectedUrl()).isEqualTo(location);
        assertThat(jdbc.queryForObject("select status from annual_report where id = ?", String.class, report))
                .isEqualTo("SUBMITTED");

        // counts as people write them
        String shown = mvc.perform(get(location).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown)
                .contains(">10</span>")
                .contains(">12.5</span>")
                .doesNotContain("10.00")
                .doesNotContain("12.50");
    }
}

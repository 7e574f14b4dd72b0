package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each city's open, overdue and closed rectification items on PostgreSQL, where the department looks for them: the
 * year's results page (a column group per city) and the dashboard (a table over every year); and the task page's
 * link to the city's rectification page, offered to those who may open it.
 */
class RectificationCountsIT extends PostgresIntegrationTest {

    @Autowired
    RectificationService rectifications;

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** The markup of the table row with {@code id}. */
    private static String row(String html, String id) {
        var m = Pattern.compile("<tr id=\"" + id + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }

    private static String cell(String row, String cls) {
        var m = Pattern.compile("class=\"[^\"]*" + cls + "[^\"]*\">(\\d+)<").matcher(row);
        assertThat(m.find()).as(cls).isTrue();
        return m.group(1);
    }

    @Test
    void theResultsPageShowsEachCitysOpenOverdueAndClosedItemsOfTheYear() throws Exception {
        long plan = id("select id from supervision_plan where plan_year = 2025");
        long loudi = id("select id from inspection_task where plan_id = ? and city_code = '431300'", plan);
        // one more closed and one more overdue item for Loudi: the page counts what is there now
        jdbc.update(
                """
                insert into finding (task_id, category, severity, description, city_code, status, deadline, overdue, created_by, created_at)
                values (?, '计数测试已销号', 'GENERAL', '描述', '431300', 'CLOSED', ?, false, 'inspector1', current_timestamp),
                       (?, '计数测试逾期', 'GENERAL', '描述', '431300', 'OPEN', ?, true, 'inspector1', current_timestamp)""",
                loudi,
                LocalDate.now(PortalTime.ZONE).minusDays(20),
                loudi,
                LocalDate.now(PortalTime.ZONE).minusDays(2));
        String results = page("admin", "/supervision/plans/" + plan + "/results");
        assertThat(results).contains("id=\"results-rectification\"").contains("整改情况");
        var counts = rectifications.byCity(2025);
        assertThat(counts).isNotEmpty();
        for (var c : counts) {
            String line = row(results, "result-" + c.cityCode());
            assertThat(cell(line, "rectification-open")).as(c.cityName()).isEqualTo(String.valueOf(c.open()));
            assertThat(cell(line, "rectification-overdue")).as(c.cityName()).isEqualTo(String.valueOf(c.overdue()));
            assertThat(cell(line, "rectification-closed")).as(c.cityName()).isEqualTo(String.valueOf(c.closed()));
        }
        var loudiCounts = counts.stream()
                .filter(c -> c.cityCode().equals("431300"))
                .findFirst()
                .orElseThrow();
        assertThat(loudiCounts.closed()).isEqualTo(jdbc.queryForObject("""
                select count(*) from finding f join inspection_task t on t.id = f.task_id join supervision_plan p on p.id = t.plan_id
                where p.plan_year = 2025 and f.city_code = '431300' and f.status = 'CLOSED'""", Long.class));
        assertThat(loudiCounts.overdue()).isPositive();
        jdbc.update("delete from finding where category in ('计数测试已销号', '计数测试逾期')");
    }

    @Test
    void theDashboardShowsEachCitysItemsOverEveryYear() throws Exception {
        String dashboard = page("admin", "/");
        assertThat(dashboard).contains("id=\"rectification-by-city\"").contains("各市州整改情况");
        for (var c : rectifications.byCity(null)) {
            assertThat(dashboard)
                    .contains("id=\"rectification-" + c.cityCode() + "\"")
                    .contains("/rectifications?city=" + c.cityCode());
        }
        assertThat(page("changsha", "/")).doesNotContain("rectification-by-city");
    }

    @Test
    void theTaskPageLinksToTheRectificationPageForThoseWhoMayOpenIt() throws Exception {
        long plan = id("select id from supervision_plan where plan_year = 2025");
        long loudi = id("select id from inspection_task where plan_id = ? and city_code = '431300'", plan);
        String link = "id=\"task-rectification-link\"";
        String target = "/supervision/tasks/" + loudi + "/rectification";
        assertThat(page("admin", "/supervision/tasks/" + loudi)).contains(link).contains(target);
        assertThat(page("loudi", "/supervision/tasks/" + loudi)).contains(link).contains(target);
        assertThat(mvc.perform(get(target).with(users.as("loudi")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        // a school inspected by its own task sees the task page, not the city's rectification page (refused): no link
        int year = jdbc.queryForObject("""
                select min(y) from (select 2030 + n as y from (select row_number() over () as n from division) d
                where n < 40) ys where y not in (select plan_year from supervision_plan)""", Integer.class);
        long schoolPlan = id("""
                insert into supervision_plan (plan_year, topic, status, visit_from, visit_to)
                values (?, '学校督导链接测试', 'ACTIVE', date '2030-11-01', date '2030-11-30') returning id""", year);
        long school = id("select id from organization where name = '新化县楚怡工业学校'");
        long schoolTask = id("""
                insert into inspection_task (plan_id, city_code, organization_id, status)
                values (?, (select city_code from organization where id = ?), ?, 'PLANNED') returning id""", schoolPlan, school, school);
        String schoolPage = page("xhcy", "/supervision/tasks/" + schoolTask);
        assertThat(schoolPage).contains("task-title").doesNotContain(link);
        assertThat(mvc.perform(get("/supervision/tasks/" + schoolTask + "/rectification")
                                .with(users.as("xhcy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(page("admin", "/supervision/tasks/" + schoolTask)).contains(link);
    }
}

package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.StatementCounter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The bulletin's pages run the same number of statements whatever the number of items: the staff page (which computes
 * the lines) with a few items addressed to a few schools and with many more, each to another school, and the public
 * document before and after. Not in a test transaction: a shared persistence context would hide statements.
 */
class BulletinStatementsIT extends PostgresIntegrationTest {

    private long statements(String user, String path) throws Exception {
        var counter = new StatementCounter();
        return counter.count(
                () -> mvc.perform(user == null ? get(path) : get(path).with(users.as(user)))
                        .andExpect(status().isOk()));
    }

    private void findings(long task, int schools) {
        jdbc.update("""
                insert into finding (task_id, category, severity, description, city_code, organization_id, status, deadline, overdue, created_by, created_at)
                select ?, '语句计数', 'GENERAL', 'x', '431300', o.id, 'OPEN', current_date - 1, true, 'inspector1', current_timestamp
                from (select id from organization where city_code = '431300' order by id fetch first ? rows only) o""", task, schools);
    }

    @Test
    void theStaffPageAndTheDocumentDoNotGrowWithTheItems() throws Exception {
        int year = jdbc.queryForObject("""
                select min(y) from (select 2030 + n as y from (select row_number() over () as n from division) d
                where n < 40) ys where y not in (select plan_year from supervision_plan)""", Integer.class);
        long plan = jdbc.queryForObject("""
                insert into supervision_plan (plan_year, topic, status, visit_from, visit_to, published_at)
                values (?, '语句计数', 'PUBLISHED', date '2030-11-01', date '2030-11-30', current_timestamp) returning id""", Long.class, year);
        long task = jdbc.queryForObject("""
                insert into inspection_task (plan_id, city_code, status, total_score, grade, reported_at)
                values (?, '431300', 'REPORTED', 80, 'PASS', current_timestamp) returning id""", Long.class, plan);
        jdbc.update(
                "insert into inspection_task (plan_id, city_code, status, total_score, grade, reported_at) values (?, '430100', 'REPORTED', 70, 'PASS', current_timestamp)",
                plan);
        int schools =
                jdbc.queryForObject("select count(*) from organization where city_code = '431300'", Integer.class);
        assertThat(schools).as("schools of Loudi to address items to").isGreaterThanOrEqualTo(6);
        String page = "/supervision/plans/" + plan + "/bulletin";
        try {
            findings(task, 2);
            long few = statements("admin", page);
            findings(task, schools);
            long many = statements("admin", page);
            assertThat(many)
                    .as("%d statements with 2 items, %d with %d more", few, many, schools)
                    .isEqualTo(few);

            mvc.perform(post(page)
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("documentNumber", "语句计数〔" + year + "〕1号")
                    .param("issuedOn", LocalDate.now(PortalTime.ZONE).toString())
                    .param("confirmed", "true"));
            long document = statements(null, "/supervision/bulletins/" + year);
            assertThat(document)
                    .as("the issued document: the bulletin and its two tables")
                    .isLessThanOrEqualTo(4);
        } finally {
            // the items stay out of the other tests' counts (the dashboard's overdue items): the bulletin goes first
            jdbc.update(
                    "delete from supervision_bulletin_overdue where bulletin_id in (select id from supervision_bulletin where plan_id = ?)",
                    plan);
            jdbc.update(
                    "delete from supervision_bulletin_city where bulletin_id in (select id from supervision_bulletin where plan_id = ?)",
                    plan);
            jdbc.update("delete from supervision_bulletin where plan_id = ?", plan);
            jdbc.update("delete from finding where task_id = ? and category = '语句计数'", task);
        }
    }
}

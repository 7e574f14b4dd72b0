package cn.gov.hunan.chuyi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record refused by a service's access check answers 404 (a guessed id reveals nothing) and leaves an access
 * denial in the audit log naming what was asked for, so that someone trying other schools' ids is seen; a flood of
 * such probes makes a bounded number of rows that still count it.
 */
class ObjectRefusalAuditIT extends PostgresIntegrationTest {

    @Autowired
    AuditLog log;

    /** A school administrator of 湖南工业职业技术学院 with no history in the log (the limit is per user and minute). */
    private String freshSchoolAdmin(String username) {
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, password_changed_at, organization_id)
                select ?, '越权探测测试账号', password_hash, current_timestamp, organization_id from app_user where username = 'hngy'
                on conflict (username) do nothing""", username);
        jdbc.update("""
                insert into user_role (user_id, role) select id, 'SCHOOL_ADMIN' from app_user where username = ?
                on conflict do nothing""", username);
        return username;
    }

    /** A nomination of another school: 涟源市工贸职业中等专业学校's, in the open demo round. */
    private long anotherSchoolsNomination() {
        return jdbc.queryForObject("""
                select n.id from nomination n join organization o on o.id = n.organization_id
                join selection_round r on r.id = n.round_id
                where r.title = '2026年楚怡优质中职专业（群）遴选（演示）' and o.name = '涟源市工贸职业中等专业学校'""", Long.class);
    }

    @Test
    void anotherSchoolsNominationAnswers404AndTheAuditorSeesTheDenial() throws Exception {
        String prober = freshSchoolAdmin("idor-prober-a");
        long nomination = anotherSchoolsNomination();

        int status = mvc.perform(get("/nominations/" + nomination).with(users.as(prober)))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(404);
        Map<String, Object> row = jdbc.queryForMap(
                "select * from audit_event where actor = ? and action = 'ACCESS' order by id desc limit 1", prober);
        assertThat(row.get("outcome")).isEqualTo("DENIED");
        assertThat(row.get("target_type")).isEqualTo("nomination");
        assertThat(row.get("target_id")).isEqualTo(String.valueOf(nomination));
        assertThat(row.get("details")).isEqualTo("GET /nominations/" + nomination);
        assertThat(row.get("actor_ip")).isEqualTo("127.0.0.1");
        assertThat(mvc.perform(get("/admin/audit?actor=" + prober).with(users.as("auditor")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/nominations/" + nomination)
                .contains("拒绝");
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void twoHundredProbesMakeABoundedNumberOfRowsThatStillCountThem() throws Exception {
        String prober = freshSchoolAdmin("idor-prober-b");
        var othersNominations = jdbc.queryForList("""
                select id from nomination where organization_id <> (select organization_id from app_user where username = ?)
                order by id""", Long.class, prober);

        // 200, not 500: they must fall within the throttle's minute on a slow, shared machine too (DenialThrottleTests
        // counts larger floods against a clock of its own)
        for (int i = 0; i < 200; i++) {
            long nomination = othersNominations.get(i % othersNominations.size());
            assertThat(mvc.perform(get("/nominations/" + nomination).with(users.as(prober)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
        }

        int single = jdbc.queryForObject(
                "select count(*) from audit_event where actor = ? and action = 'ACCESS'", Integer.class, prober);
        var summaries = jdbc.queryForList(
                "select details from audit_event where actor = ? and action = 'ACCESS_FLOOD' order by id",
                String.class,
                prober);
        assertThat(single).as("one by one up to the limit").isEqualTo(20);
        assertThat(summaries).as("then a summary at 40, 80 and 160").hasSize(3);
        assertThat(summaries.get(2)).startsWith("160 refusals since");
    }
}

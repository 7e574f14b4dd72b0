package cn.gov.hunan.chuyi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit log: what it records, that only the auditor reads it, that nobody changes it unnoticed. */
class AuditLogIT extends PostgresIntegrationTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditRecorder recorder;

    /** Earlier tests (the endpoint matrix) refuse hundreds of requests a minute; these tests read single refusals. */
    @BeforeEach
    void quietMinute() {
        recorder.forgetDenialCounts();
    }

    private Map<String, Object> last(String action, String actor) {
        return jdbc.queryForMap(
                "select * from audit_event where action = ? and actor = ? order by id desc limit 1", action, actor);
    }

    @Test
    void signInsFailuresChangesDenialsAndExportsAreRecordedWithActorAndAddress() throws Exception {
        mvc.perform(formLogin("/login").user("loudi").password("wrong-password"));
        var failure = last("SIGN_IN", "loudi");
        assertThat(failure.get("outcome")).isEqualTo("FAILURE");
        assertThat(failure.get("details")).isEqualTo("BadCredentialsException");
        assertThat(failure.get("actor_ip")).isEqualTo("127.0.0.1");
        mvc.perform(formLogin("/login").user("loudi").password(DEMO_PASSWORD));
        assertThat(last("SIGN_IN", "loudi").get("outcome")).isEqualTo("SUCCESS");

        mvc.perform(post("/programs/THINK_TANK/target")
                .with(users.as("admin"))
                .with(csrf())
                .param("target", "2")
                .param("reason", "审计测试")
                .param(
                        "version",
                        String.valueOf(jdbc.queryForObject(
                                "select version from program where code = 'THINK_TANK'", Long.class))));
        mvc.perform(post("/groups")
                .with(users.as("admin"))
                .with(csrf())
                .header("Referer", "http://localhost/groups")
                .param("name", "审计测试职教集团")
                .param(
                        "lead",
                        String.valueOf(jdbc.queryForObject(
                                "select id from organization where name = '湖南工业职业技术学院'", Long.class)))
                .param("foundedOn", "2020-01-01"));
        var change = last("STATE_CHANGE", "admin");
        assertThat(change.get("target_type")).isEqualTo("GroupChange");
        assertThat((String) change.get("details")).contains("CREATED").contains("审计测试职教集团");

        mvc.perform(get("/programs/THINK_TANK/target").with(users.as("changsha")));
        var denied = last("ACCESS", "changsha");
        assertThat(denied.get("outcome")).isEqualTo("DENIED");
        assertThat(denied.get("target_id")).isEqualTo("/programs/THINK_TANK/target");

        mvc.perform(get("/coverage.xlsx").with(users.as("loudi")));
        assertThat(last("EXPORT", "loudi").get("target_id")).isEqualTo("/coverage.xlsx");

        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void onlyTheAuditorReadsTheLogAndItsExport() throws Exception {
        for (String user : List.of("admin", "changsha", "hngy", "expert1", "inspector1", "sysadmin", "secadmin")) {
            assertThat(mvc.perform(get("/admin/audit").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        mvc.perform(get("/programs/THINK_TANK/target").with(users.as("sysadmin")));
        String page = mvc.perform(
                        get("/admin/audit?actor=sysadmin&action=ACCESS").with(users.as("auditor")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/programs/THINK_TANK/target").contains("拒绝");
        byte[] csv = mvc.perform(get("/admin/audit/export.csv?actor=sysadmin").with(users.as("auditor")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF序号,时间,操作人").contains("sysadmin").contains("DENIED");
        assertThat(last("EXPORT", "auditor").get("target_id")).isEqualTo("/admin/audit/export.csv?actor=sysadmin");
    }

    @Test
    void theApplicationCannotChangeTheLogAndTamperingBreaksTheChain() throws Exception {
        mvc.perform(get("/programs/THINK_TANK/target").with(users.as("hngy")));
        long id = (Long) last("ACCESS", "hngy").get("id");
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone' where id = ?", id))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(mvc.perform(get("/admin/audit/verify").with(users.as("auditor")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"chain-intact\"");

        // someone with the database owner's rights switches the trigger off and alters a row: the chain shows it
        jdbc.execute("alter table audit_event disable trigger audit_event_append_only");
        try {
            jdbc.update("update audit_event set details = 'GET (altered)' where id = ?", id);
            var verification = log.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(id);
            assertThat(mvc.perform(get("/admin/audit/verify").with(users.as("auditor")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains("id=\"chain-broken\"")
                    .contains(String.valueOf(id));
            jdbc.update("update audit_event set details = 'GET' where id = ?", id);
            assertThat(log.verify().intact()).isTrue();
        } finally {
            jdbc.execute("alter table audit_event enable trigger audit_event_append_only");
        }
    }

    @Test
    void retentionRemovesOnlyWhatIsOlderThanTheFloor() {
        // an event of last year at the head of the table: old enough for the trigger to allow its removal
        jdbc.update("""
                insert into audit_event (occurred_at, actor, action, outcome, hash_algorithm, previous_hash, hash)
                values (current_timestamp - interval '400' day, 'old', 'SIGN_IN', 'SUCCESS', 'SHA-256', 'x', 'y')""");
        assertThat(log.purge(184)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'old'", Integer.class))
                .isZero();
        assertThat(new AuditSettings(null, 30).retentionDays())
                .as("never below 184 days")
                .isEqualTo(184);
        assertThat(log.verify().intact()).isTrue();
    }
}

package cn.gov.hunan.chuyi.account.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's database (H2 in PostgreSQL mode) takes the same attribute twice without a duplicate key. */
class SessionAttributeUpsertTests {

    @Test
    void theDatabaseDecidesTheStatement() {
        assertThat(SessionAttributeUpsert.forProduct("PostgreSQL").query()).contains("ON CONFLICT");
        assertThat(SessionAttributeUpsert.forProduct("H2").query()).contains("MERGE INTO");
    }

    @Test
    void onH2TheSecondWriteOfAnAttributeReplacesTheFirst() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(
                "jdbc:h2:mem:upsert;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table spring_session (primary_id char(36) primary key)");
        jdbc.execute("""
                create table spring_session_attributes (session_primary_id char(36), attribute_name varchar(200),
                    attribute_bytes bytea not null, primary key (session_primary_id, attribute_name))""");
        jdbc.update("insert into spring_session values ('s')");
        String sql = SessionAttributeUpsert.forDatabaseOf(dataSource).query().replace("%TABLE_NAME%", "spring_session");

        jdbc.update(sql, "s", "csrf", new byte[] {1});
        jdbc.update(sql, "s", "csrf", new byte[] {2});

        assertThat(jdbc.queryForObject(
                        "select attribute_bytes from spring_session_attributes where attribute_name = 'csrf'",
                        byte[].class))
                .containsExactly(2);
    }
}

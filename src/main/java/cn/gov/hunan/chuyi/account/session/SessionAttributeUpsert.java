package cn.gov.hunan.chuyi.account.session;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Session attributes written as upserts. Spring Session JDBC inserts an attribute that a request added; when several
 * requests of one session run at once (tabs opened together, a browser loading pages in parallel right after sign-in)
 * two of them may add the same attribute, the CSRF token say, and the second insert failed on the primary key
 * ({@code spring_session_attributes_pk}): a server error for a user who did nothing wrong (issue #19). As an upsert,
 * the later write wins, as it would for an attribute changed by two requests.
 */
final class SessionAttributeUpsert implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    static final String POSTGRESQL = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    /** H2 (the demo) has no ON CONFLICT … DO UPDATE, even in PostgreSQL mode; its MERGE … KEY does the same. */
    static final String H2 = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    private final String query;

    private SessionAttributeUpsert(String query) {
        this.query = query;
    }

    static SessionAttributeUpsert forDatabaseOf(DataSource dataSource) {
        return forProduct(productOf(dataSource));
    }

    static SessionAttributeUpsert forProduct(String product) {
        return new SessionAttributeUpsert(product.toLowerCase().contains("h2") ? H2 : POSTGRESQL);
    }

    String query() {
        return query;
    }

    @Override
    public void customize(JdbcIndexedSessionRepository repository) {
        repository.setCreateSessionAttributeQuery(query);
    }

    private static String productOf(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("The session store cannot tell which database it writes to", e);
        }
    }
}

package cn.gov.hunan.chuyi.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL that integration tests run against, in this order of preference:
 *
 * <ol>
 *   <li>the libpq environment variables ({@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD},
 *       {@code PGDATABASE}), as {@code pg_virtualenv ./mvnw verify} sets them on a machine without Docker;
 *   <li>a Testcontainers PostgreSQL when a Docker engine answers;
 *   <li>otherwise the tests fail, saying how to provide one.
 * </ol>
 */
public final class PostgresTestDatabase {

    private static PostgreSQLContainer container;

    private PostgresTestDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        Connection connection = connection();
        registry.add("spring.datasource.url", connection::url);
        registry.add("spring.datasource.username", connection::username);
        registry.add("spring.datasource.password", connection::password);
    }

    public static synchronized Connection connection() {
        String host = System.getenv("PGHOST");
        if (host != null && !host.isBlank()) {
            // JDBC cannot use a Unix socket directory; pg_virtualenv also listens on localhost
            String tcpHost = host.startsWith("/") ? "localhost" : host;
            String url = "jdbc:postgresql://%s:%s/%s"
                    .formatted(tcpHost, env("PGPORT", "5432"), env("PGDATABASE", env("PGUSER", "postgres")));
            return new Connection(url, env("PGUSER", "postgres"), env("PGPASSWORD", ""));
        }
        if (container == null) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("""
                        The integration tests need PostgreSQL 15+, and none was found.
                        Either run them through Debian's throwaway cluster:   pg_virtualenv ./mvnw verify
                        or set PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE to an empty database,
                        or start a Docker engine so that Testcontainers can run postgres:15-alpine.""");
            }
            container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
        }
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public record Connection(String url, String username, String password) {}
}

package cn.gov.hunan.chuyi.support;

import java.sql.DriverManager;
import java.sql.SQLException;
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

    /** Set by failsafe to fork1, fork2, … when the integration tests run in several JVMs. */
    static final String FORK = "chuyi.test.fork";

    private static PostgreSQLContainer container;
    private static boolean created;

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
            String server = "jdbc:postgresql://%s:%s/".formatted(tcpHost, env("PGPORT", "5432"));
            var given = new Connection(
                    server + env("PGDATABASE", env("PGUSER", "postgres")),
                    env("PGUSER", "postgres"),
                    env("PGPASSWORD", ""));
            String fork = System.getProperty(FORK);
            return fork == null || fork.isBlank() ? given : ownDatabase(given, server, "chuyi_it_" + fork);
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

    /**
     * The integration tests run in two JVMs at once (failsafe's forkCount); each gets a database of its own on the
     * same server, so that neither sees the other's rows or migrations half done.
     */
    private static Connection ownDatabase(Connection given, String server, String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a database name for the tests: " + name);
        }
        if (!created) {
            try (var admin = DriverManager.getConnection(given.url(), given.username(), given.password());
                    var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                try (var found = exists.executeQuery()) {
                    if (!found.next()) {
                        try (var create = admin.createStatement()) {
                            create.execute("create database " + name);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test database " + name, e);
            }
            created = true;
        }
        return new Connection(server + name, given.username(), given.password());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public record Connection(String url, String username, String password) {}
}

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Fills an empty PostgreSQL database with ten times the province (issue #7, docs/performance.md): migrates it with
 * the production migrations, runs scale.sql, then appends 1,000,000 audit rows by COPY with their hash chain computed
 * as the application does (AuditEvent.canonical, ChainDigest), so that /admin/audit/verify holds on the result.
 *
 * <p>Run through ops/scale-data.sh (it builds the class path); never part of the application or its demo.
 */
public class ScaleData {

    private static final int AUDIT_ROWS = Integer.getInteger("audit.rows", 1_000_000);

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args.length > 2 ? args[2] : "";
        long started = System.nanoTime();

        Flyway.configure().dataSource(url, user, password)
                .locations("filesystem:db/migration", "filesystem:db/vendor/postgresql").load().migrate();
        step("migrated", started);

        try (Connection db = DriverManager.getConnection(url, user, password)) {
            try (var check = db.createStatement(); var rows = check.executeQuery("select count(*) from nomination")) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds nominations: give an empty one");
                }
            }
            try (var script = db.createStatement()) {
                script.execute(Files.readString(Path.of("ops/scale/scale.sql")));
            }
            step("business rows", started);
            appendAudit(db);
            step(AUDIT_ROWS + " audit rows", started);
            try (var analyze = db.createStatement()) {
                analyze.execute("analyze audit_event");
            }
            try (var counts = db.createStatement(); var rows = counts.executeQuery("""
                    select (select count(*) from organization), (select count(*) from selection_round),
                           (select count(*) from nomination), (select count(*) from nomination_attachment),
                           (select count(*) from review_score), (select count(*) from designated_project),
                           (select count(*) from annual_report), (select count(*) from finding),
                           (select count(*) from audit_event), (select count(*) from app_user)""")) {
                rows.next();
                System.out.printf("organisations %d, rounds %d, nominations %d, attachments %d, scores %d, "
                        + "projects %d, annual reports %d, findings %d, audit rows %d, accounts %d%n",
                        rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                        rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9), rows.getLong(10));
            }
        }
        step("done", started);
    }

    /** The chain continues from its head, exactly as AuditLog.append would have written the rows one by one. */
    private static void appendAudit(Connection db) throws Exception {
        db.setAutoCommit(false);
        String previous;
        try (var head = db.createStatement();
                var row = head.executeQuery("select last_hash from audit_chain_head where id = 1 for update")) {
            row.next();
            previous = row.getString(1);
        }
        String[] actions = {"SIGN_IN", "VIEW_EXPORT", "STATE_CHANGE", "SIGN_OUT", "DOWNLOAD", "SIGN_IN_FAILURE"};
        Instant first = Instant.now().minus(360, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long stepMillis = Duration.ofDays(359).toMillis() / AUDIT_ROWS;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        var copy = new StringBuilder(AUDIT_ROWS / 10 * 160);
        var copier = db.unwrap(PGConnection.class).getCopyAPI();
        String sql = "copy audit_event (occurred_at, actor, actor_ip, action, target_type, target_id, outcome, details,"
                + " hash_algorithm, previous_hash, hash) from stdin";
        for (int i = 0; i < AUDIT_ROWS; i++) {
            Instant at = first.plusMillis(stepMillis * i).truncatedTo(ChronoUnit.SECONDS);
            String actor = "bench-school-" + (i % 1800);
            String ip = "10.43." + (i % 250) + "." + (i % 200 + 1);
            String action = actions[i % actions.length];
            String outcome = action.equals("SIGN_IN_FAILURE") ? "FAILURE" : "SUCCESS";
            String targetType = action.equals("STATE_CHANGE") ? "Nomination" : "null";
            String targetId = action.equals("STATE_CHANGE") ? String.valueOf(1 + i % 50_000) : "null";
            String details = "null";
            String canonical = String.join("\u001f", at.toString(), actor, ip, action, targetType, targetId, outcome, details);
            sha.reset();
            sha.update(previous.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1e);
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().formatHex(sha.digest());
            copy.append(at).append('\t').append(actor).append('\t').append(ip).append('\t').append(action).append('\t')
                    .append(nullable(targetType)).append('\t').append(nullable(targetId)).append('\t').append(outcome)
                    .append('\t').append("\\N").append('\t').append("SHA-256").append('\t').append(previous).append('\t')
                    .append(hash).append('\n');
            previous = hash;
            if (copy.length() > 8_000_000 || i == AUDIT_ROWS - 1) {
                copier.copyIn(sql, new StringReader(copy.toString()));
                copy.setLength(0);
            }
        }
        try (var head = db.prepareStatement(
                "update audit_chain_head set last_id = (select max(id) from audit_event), last_hash = ? where id = 1")) {
            head.setString(1, previous);
            head.executeUpdate();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static String nullable(String value) {
        return "null".equals(value) ? "\\N" : value;
    }

    private static void step(String what, long started) {
        System.out.printf("%-24s %6.1f s%n", what, (System.nanoTime() - started) / 1e9);
    }
}

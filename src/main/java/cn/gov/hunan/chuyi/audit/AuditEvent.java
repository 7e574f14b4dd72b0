package cn.gov.hunan.chuyi.audit;

import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** One row of the audit log. Never changed once written; {@link #hash} seals it to the row before. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String actor;

    @Column(name = "actor_ip", updatable = false)
    private String actorIp;

    @Column(updatable = false)
    private String action;

    @Column(name = "target_type", updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private String targetId;

    @Column(updatable = false)
    private String outcome;

    @Column(updatable = false)
    private String details;

    @Column(name = "hash_algorithm", updatable = false)
    private String hashAlgorithm;

    @Column(name = "previous_hash", updatable = false)
    private String previousHash;

    @Column(updatable = false)
    private String hash;

    /** The row as {@link #bind} fills it: for appending many rows in JDBC batches. */
    static final String INSERT =
            "insert into audit_event (occurred_at, actor, actor_ip, action, target_type, target_id,"
                    + " outcome, details, hash_algorithm, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    protected AuditEvent() {}

    /** Fills {@link #INSERT} with this sealed row's columns. */
    void bind(PreparedStatement statement) throws SQLException {
        statement.setObject(1, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
        statement.setString(2, actor);
        statement.setString(3, actorIp);
        statement.setString(4, action);
        statement.setString(5, targetType);
        statement.setString(6, targetId);
        statement.setString(7, outcome);
        statement.setString(8, details);
        statement.setString(9, hashAlgorithm);
        statement.setString(10, previousHash);
        statement.setString(11, hash);
    }

    AuditEvent(
            Instant at,
            String actor,
            String actorIp,
            String action,
            String targetType,
            String targetId,
            String outcome,
            String details) {
        // microseconds: what PostgreSQL keeps, so that the hash computed now matches the row read back later
        this.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        this.actor = cut(actor, 64);
        this.actorIp = cut(actorIp, 64);
        this.action = cut(action, 48);
        this.targetType = cut(targetType, 48);
        this.targetId = cut(targetId, 64);
        this.outcome = outcome;
        this.details = cut(details, 2000);
    }

    /** Seals the row to the one before it. */
    void seal(String algorithm, String previousHash, ChainDigest digest) {
        this.hashAlgorithm = algorithm;
        this.previousHash = previousHash;
        this.hash = digest.hash(previousHash, canonical());
    }

    /** The fields the hash covers, in a fixed order with unambiguous separators. */
    String canonical() {
        return String.join(
                "\u001f",
                occurredAt.toString(),
                actor,
                String.valueOf(actorIp),
                action,
                String.valueOf(targetType),
                String.valueOf(targetId),
                outcome,
                String.valueOf(details));
    }

    Long id() {
        return id;
    }

    String hash() {
        return hash;
    }

    String previousHash() {
        return previousHash;
    }

    String hashAlgorithm() {
        return hashAlgorithm;
    }

    AuditView toView() {
        return new AuditView(
                id, PortalTime.local(occurredAt), actor, actorIp, action, targetType, targetId, outcome, details);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package cn.gov.hunan.chuyi.audit;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: appends under a lock on the chain's head (so rows from every instance form one chain in id
 * order), searches for the auditor, and verifies the chain from the oldest row kept.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(AuditSettings.class)
public class AuditLog {

    private final AuditRepository events;
    private final ChainHeadRepository head;
    private final ChainDigest digest;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    /** Audit rows sent to the database in one JDBC batch. */
    private static final int BATCH = 500;

    AuditLog(AuditRepository events, ChainHeadRepository head, AuditSettings settings, Clock clock, JdbcTemplate jdbc) {
        this.events = events;
        this.head = head;
        this.jdbc = jdbc;
        this.digest = new ChainDigest(settings.digest());
        this.clock = clock;
    }

    /** What the auditor filters on; every part optional but the dates. */
    public record Filter(
            LocalDate from, LocalDate to, String actor, String action, String targetType, String targetId) {

        Instant start() {
            return (from == null ? LocalDate.of(2000, 1, 1) : from)
                    .atStartOfDay(PortalTime.ZONE)
                    .toInstant();
        }

        Instant end() {
            return (to == null ? LocalDate.of(2100, 1, 1) : to.plusDays(1))
                    .atStartOfDay(PortalTime.ZONE)
                    .toInstant();
        }
    }

    /** The outcome of walking the chain: intact, or the first row where it breaks. */
    public record Verification(boolean intact, long rowsChecked, Long brokenAt, String algorithm) {}

    /** A row to append: what happened, to what, by whom and from where. */
    record Row(
            String actor,
            String ip,
            String action,
            String targetType,
            String targetId,
            String outcome,
            String details) {}

    @Transactional(propagation = Propagation.REQUIRED)
    void append(
            String actor,
            String ip,
            String action,
            String targetType,
            String targetId,
            String outcome,
            String details) {
        appendAll(List.of(new Row(actor, ip, action, targetType, targetId, outcome, details)));
    }

    /**
     * Appends rows in their order under one lock of the chain's head: a transaction that changes thousands of records
     * (an import) seals its rows in one pass and sends them in JDBC batches, instead of locking, flushing, inserting
     * and advancing the head once per row. The rows are sealed exactly as one by one (the chain does not depend on ids).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    void appendAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        ChainHead chain = head.lockHead().orElseThrow();
        String previous = chain.lastHash();
        List<AuditEvent> sealed = new ArrayList<>(rows.size());
        for (Row row : rows) {
            var event = new AuditEvent(
                    clock.instant(),
                    row.actor(),
                    row.ip(),
                    row.action(),
                    row.targetType(),
                    row.targetId(),
                    row.outcome(),
                    row.details());
            event.seal(digest.algorithm(), previous, digest);
            previous = event.hash();
            sealed.add(event);
        }
        if (sealed.size() == 1) {
            var event = events.save(sealed.get(0));
            chain.advance(event.id(), event.hash());
            return;
        }
        jdbc.batchUpdate(AuditEvent.INSERT, sealed, BATCH, (statement, event) -> event.bind(statement));
        // every append holds the head's lock, so the newest row is this transaction's last
        Long last = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        chain.advance(last, previous);
    }

    public Page<AuditView> search(Filter filter, Pageable pageable) {
        return events.search(
                        filter.start(),
                        filter.end(),
                        Text.blankToNull(filter.actor()),
                        Text.blankToNull(filter.action()),
                        Text.blankToNull(filter.targetType()),
                        Text.blankToNull(filter.targetId()),
                        pageable)
                .map(AuditEvent::toView);
    }

    public List<String> actions() {
        return events.actions();
    }

    /** Walks the whole chain, a thousand rows at a time. */
    public Verification verify() {
        long checked = 0;
        long after = 0;
        String previous = null;
        String algorithm = digest.algorithm();
        while (true) {
            List<AuditEvent> slice = events.chainAfter(after, PageRequest.of(0, 1000));
            if (slice.isEmpty()) {
                break;
            }
            for (AuditEvent event : slice) {
                // the oldest row kept anchors the chain: rows before it may have been purged after retention
                String expectedPrevious = previous == null ? event.previousHash() : previous;
                ChainDigest rowDigest =
                        event.hashAlgorithm().equals(algorithm) ? digest : new ChainDigest(event.hashAlgorithm());
                boolean intact = event.previousHash().equals(expectedPrevious)
                        && rowDigest
                                .hash(event.previousHash(), event.canonical())
                                .equals(event.hash());
                if (!intact) {
                    return new Verification(false, checked, event.id(), algorithm);
                }
                previous = event.hash();
                after = event.id();
                checked++;
            }
        }
        return new Verification(true, checked, null, algorithm);
    }

    /** Deletes what is older than the retention period (the trigger allows nothing younger than 184 days). */
    @Transactional
    public int purge(int retentionDays) {
        return events.purgeBefore(clock.instant().minus(Duration.ofDays(retentionDays)));
    }
}

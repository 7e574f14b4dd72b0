package cn.gov.hunan.chuyi.supervision.history;

import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the history of plans, tasks and findings; each caller has checked that the user may see it. */
@Component
@Transactional(readOnly = true)
public class SupervisionHistory {

    /** What a history line is about. */
    public enum Subject {
        PLAN,
        TASK,
        FINDING
    }

    private final SupervisionChangeRepository changes;
    private final Clock clock;

    SupervisionHistory(SupervisionChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** A change from {@code from} (null when the record was created) to {@code to}, now. */
    @Transactional
    public void record(Subject subject, long id, Enum<?> from, Enum<?> to, String actor, HistoryReason reason) {
        changes.save(new SupervisionChange(
                subject, id, from == null ? null : from.name(), to.name(), actor, reason, clock.instant()));
    }

    /** The record's history, latest first. */
    public List<HistoryLine> of(Subject subject, long id) {
        return changes.history(subject, id).stream()
                .map(SupervisionChange::toLine)
                .toList();
    }
}

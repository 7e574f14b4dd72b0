package cn.gov.hunan.chuyi.selection.history;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a round's or a nomination's history. */
@Entity
@Table(name = "selection_state_change")
class StateChange extends HistoryEntry {

    enum Subject {
        ROUND,
        NOMINATION
    }

    @Column(name = "subject_type")
    @Enumerated(EnumType.STRING)
    private Subject subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    protected StateChange() {}

    StateChange(
            Subject subject, long subjectId, String from, String to, String actor, HistoryReason reason, Instant at) {
        super(from, to, actor, reason, at);
        this.subjectType = subject;
        this.subjectId = subjectId;
    }
}

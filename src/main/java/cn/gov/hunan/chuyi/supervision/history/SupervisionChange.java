package cn.gov.hunan.chuyi.supervision.history;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a plan's, task's or finding's history. */
@Entity
@Table(name = "supervision_state_change")
class SupervisionChange extends HistoryEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    private SupervisionHistory.Subject subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    protected SupervisionChange() {}

    SupervisionChange(
            SupervisionHistory.Subject subject,
            long subjectId,
            String from,
            String to,
            String actor,
            HistoryReason reason,
            Instant at) {
        super(from, to, actor, reason, at);
        this.subjectType = subject;
        this.subjectId = subjectId;
    }
}

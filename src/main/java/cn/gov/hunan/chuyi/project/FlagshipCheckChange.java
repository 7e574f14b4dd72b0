package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a checklist item's history. */
@Entity
@Table(name = "flagship_check_change")
class FlagshipCheckChange extends HistoryEntry {

    @Column(name = "check_id")
    private long checkId;

    protected FlagshipCheckChange() {}

    FlagshipCheckChange(long checkId, String from, String to, String actor, String reason, Instant at) {
        super(from, to, actor, reason, at);
        this.checkId = checkId;
    }

    long checkId() {
        return checkId;
    }
}

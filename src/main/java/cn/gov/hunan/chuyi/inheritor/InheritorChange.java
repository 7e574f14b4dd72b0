package cn.gov.hunan.chuyi.inheritor;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a nominated person's history. */
@Entity
@Table(name = "inheritor_change")
class InheritorChange extends HistoryEntry {

    @Column(name = "inheritor_id")
    private long inheritorId;

    protected InheritorChange() {}

    InheritorChange(long inheritorId, String from, String to, String actor, String reason, Instant at) {
        super(from, to, actor, reason, at);
        this.inheritorId = inheritorId;
    }
}

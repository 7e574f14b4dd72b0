package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a construction indicator's history: added, renamed, moved, retired, restored. */
@Entity
@Table(name = "project_indicator_change")
class IndicatorChange extends HistoryEntry {

    enum Event {
        ADDED,
        RENAMED,
        MOVED,
        RETIRED,
        RESTORED
    }

    @Column(name = "indicator_id")
    private long indicatorId;

    protected IndicatorChange() {}

    IndicatorChange(long indicatorId, Event event, String actor, String detail, Instant at) {
        super(null, event.name(), actor, detail, at);
        this.indicatorId = indicatorId;
    }
}

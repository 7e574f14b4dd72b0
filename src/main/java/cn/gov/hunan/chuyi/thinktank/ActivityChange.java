package cn.gov.hunan.chuyi.thinktank;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an activity's history: recorded, changed, a file added, cancelled. */
@Entity
@Table(name = "think_tank_change")
class ActivityChange extends HistoryEntry {

    enum Event {
        RECORDED,
        CHANGED,
        FILE_ADDED,
        CANCELLED
    }

    @Column(name = "activity_id")
    private long activityId;

    protected ActivityChange() {}

    ActivityChange(long activityId, Event event, String actor, String detail, Instant at) {
        super(null, event.name(), actor, detail, at);
        this.activityId = activityId;
    }
}

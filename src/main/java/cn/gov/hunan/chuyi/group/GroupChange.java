package cn.gov.hunan.chuyi.group;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a group's history: created, a member joined or left. */
@Entity
@Table(name = "voc_group_change")
class GroupChange extends HistoryEntry {

    enum Event {
        CREATED,
        MEMBER_JOINED,
        MEMBER_LEFT
    }

    @Column(name = "group_id")
    private long groupId;

    protected GroupChange() {}

    GroupChange(long groupId, Event event, String actor, HistoryReason detail, Instant at) {
        super(null, event.name(), actor, detail, at);
        this.groupId = groupId;
    }
}

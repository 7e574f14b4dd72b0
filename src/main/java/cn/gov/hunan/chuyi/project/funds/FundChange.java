package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a project's funds history: an allocation added, changed or deleted ({@code to_status} says which, as
 * {@code FundChange.*} message keys), or allocations uploaded; the reason names year, source and amount.
 */
@Entity
@Table(name = "fund_change")
class FundChange extends HistoryEntry {

    static final String ADDED = "ADDED";
    static final String CHANGED = "CHANGED";
    static final String DELETED = "DELETED";
    static final String UPLOADED = "UPLOADED";

    @Column(name = "project_id")
    private long projectId;

    @Column(name = "allocation_id")
    private Long allocationId;

    protected FundChange() {}

    FundChange(long projectId, Long allocationId, String what, String actor, HistoryReason reason, Instant at) {
        super(null, what, actor, reason, at);
        this.projectId = projectId;
        this.allocationId = allocationId;
    }
}

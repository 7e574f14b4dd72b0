package cn.gov.hunan.chuyi.program;

import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change of a programme's target (目标数调整记录). Never updated or deleted. */
@Entity
@Table(name = "program_target_change")
class TargetChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_code")
    private String programCode;

    @Column(name = "old_target")
    private Integer oldTarget;

    @Column(name = "new_target")
    private Integer newTarget;

    private String reason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected TargetChange() {}

    TargetChange(
            String programCode, Integer oldTarget, Integer newTarget, String reason, String changedBy, Instant at) {
        this.programCode = programCode;
        this.oldTarget = oldTarget;
        this.newTarget = newTarget;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = at;
    }

    TargetChangeRow toRow() {
        return new TargetChangeRow(oldTarget, newTarget, reason, changedBy, PortalTime.local(changedAt));
    }
}

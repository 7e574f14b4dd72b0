package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of who runs an organisation: 省属 or not (from → to) and its competent authority (主管部门), with who,
 * when and why. Written once, never updated.
 */
@Entity
@Table(name = "organization_change")
class OrganizationChange extends HistoryEntry {

    static final String PROVINCE_RUN = "PROVINCE_RUN";
    static final String LOCAL_RUN = "LOCAL_RUN";

    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "from_authority")
    private String fromAuthority;

    @Column(name = "to_authority")
    private String toAuthority;

    protected OrganizationChange() {}

    OrganizationChange(
            long organizationId,
            boolean fromProvinceRun,
            boolean toProvinceRun,
            String fromAuthority,
            String toAuthority,
            String actor,
            String reason,
            Instant at) {
        super(flag(fromProvinceRun), flag(toProvinceRun), actor, reason, at);
        this.organizationId = organizationId;
        this.fromAuthority = fromAuthority;
        this.toAuthority = toAuthority;
    }

    OrganizationChange(
            long organizationId,
            boolean fromProvinceRun,
            boolean toProvinceRun,
            String fromAuthority,
            String toAuthority,
            String actor,
            HistoryReason reason,
            Instant at) {
        super(flag(fromProvinceRun), flag(toProvinceRun), actor, reason, at);
        this.organizationId = organizationId;
        this.fromAuthority = fromAuthority;
        this.toAuthority = toAuthority;
    }

    AdministrationChange toView() {
        var line = toLine();
        return new AdministrationChange(
                PROVINCE_RUN.equals(line.from()),
                PROVINCE_RUN.equals(line.to()),
                fromAuthority,
                toAuthority,
                line.actor(),
                line.reason(),
                line.reasonKey(),
                line.reasonArgumentArray(),
                line.at());
    }

    private static String flag(boolean provinceRun) {
        return provinceRun ? PROVINCE_RUN : LOCAL_RUN;
    }
}

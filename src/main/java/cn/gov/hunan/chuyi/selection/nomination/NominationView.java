package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/** A nomination as pages show it. */
public record NominationView(
        long id,
        long roundId,
        long organizationId,
        String organizationName,
        String cityCode,
        boolean provinceRun,
        NominationStatus status,
        String title,
        NominationContent content,
        Instant submittedAt,
        BigDecimal finalScore,
        Integer decisionRank,
        String tier,
        String departureReason,
        long version) {

    public LocalDateTime submittedLocal() {
        return PortalTime.local(submittedAt);
    }

    /**
     * The message key of what submitting does, for the confirmation (one argument: the title): it goes to the city,
     * or straight to the department for a 省属 unit, and the school can no longer edit it.
     */
    public String submitConsequence() {
        return provinceRun ? "selection.nomination.confirmSubmitProvinceRun" : "selection.nomination.confirmSubmit";
    }
}

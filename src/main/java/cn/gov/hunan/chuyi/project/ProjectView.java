package cn.gov.hunan.chuyi.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A designated project as pages show it. */
public record ProjectView(
        long id,
        String programCode,
        long organizationId,
        String organizationName,
        String cityCode,
        String title,
        int year,
        int constructionYears,
        ProjectStatus status,
        String tier,
        String documentNumber,
        Long nominationId,
        boolean demo,
        BigDecimal midtermScore,
        String midtermConclusion,
        LocalDate midtermDate,
        BigDecimal acceptanceScore,
        String acceptanceConclusion,
        LocalDate acceptanceDate,
        String revokeReason,
        long version) {

    /** The last year of construction. */
    public int endYear() {
        return year + constructionYears - 1;
    }
}

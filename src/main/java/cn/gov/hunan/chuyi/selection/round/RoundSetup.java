package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.organization.OrganizationKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The validated set-up of a round, as the form hands it to {@link RoundService}. */
public record RoundSetup(
        int year,
        String title,
        int quota,
        String quotaOverrideReason,
        Integer cityLimit,
        Instant nominationOpensAt,
        Instant nominationClosesAt,
        Instant cityDeadline,
        Instant reviewEndsAt,
        int publicityDays,
        int expertsPerNomination,
        boolean excludeSameCity,
        Set<OrganizationKind> eligibleKinds,
        List<CriterionLine> criteria,
        int nominationsPerOrganization,
        boolean blindReview) {

    /** A criterion; {@code id} is null for one not saved yet. */
    public record CriterionLine(Long id, String name, BigDecimal maxScore, BigDecimal weight) {}
}

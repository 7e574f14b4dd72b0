package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.organization.OrganizationKind;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** A round as pages show it. Times are instants; the {@code …Local} methods give Asia/Shanghai. */
public record RoundSummary(
        long id,
        String programCode,
        int year,
        String title,
        RoundStatus status,
        int quota,
        String quotaOverrideReason,
        int selectedCount,
        Integer cityLimit,
        Instant nominationOpensAt,
        Instant nominationClosesAt,
        Instant cityDeadline,
        Instant reviewEndsAt,
        int publicityDays,
        Instant publicityStartsAt,
        Instant publicityEndsAt,
        int expertsPerNomination,
        boolean excludeSameCity,
        String decisionMeeting,
        LocalDate decisionDate,
        String decisionMinutesRef,
        Set<OrganizationKind> eligibleKinds,
        List<RoundSetup.CriterionLine> criteria,
        long version,
        int nominationsPerOrganization,
        boolean blindReview) {

    public LocalDateTime opensLocal() {
        return PortalTime.local(nominationOpensAt);
    }

    public LocalDateTime closesLocal() {
        return PortalTime.local(nominationClosesAt);
    }

    public LocalDateTime cityDeadlineLocal() {
        return PortalTime.local(cityDeadline);
    }

    public LocalDateTime reviewEndsLocal() {
        return PortalTime.local(reviewEndsAt);
    }

    public LocalDateTime publicityStartsLocal() {
        return PortalTime.local(publicityStartsAt);
    }

    public LocalDateTime publicityEndsLocal() {
        return PortalTime.local(publicityEndsAt);
    }

    /** The best total an expert can give: Σ max score × weight. */
    public BigDecimal maxTotal() {
        return criteria.stream().map(c -> c.maxScore().multiply(c.weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.organization.OrganizationKind;
import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that sets up a round. Times are entered in Asia/Shanghai. Longer than 250 lines because it is a form bean:
 * one validated field with its getter and setter for each input of the round's set-up, and its criteria rows.
 */
public class RoundForm {

    static final int CRITERION_ROWS = 8;

    @NotBlank(message = "{selection.round.error.program}")
    private String programCode;

    @NotNull(message = "{selection.round.error.year}")
    @Min(value = 2000, message = "{selection.round.error.year}")
    @Max(value = 2100, message = "{selection.round.error.year}")
    private Integer year;

    @NotBlank(message = "{selection.round.error.title}")
    @Size(max = 200, message = "{selection.round.error.titleLength}")
    private String title;

    @NotNull(message = "{selection.round.error.quota}")
    @Min(value = 1, message = "{selection.round.error.quota}")
    @Max(value = 10000, message = "{selection.round.error.quota}")
    private Integer quota;

    @Size(max = 500, message = "{selection.error.reasonLength}")
    private String quotaOverrideReason;

    @Min(value = 1, message = "{selection.round.error.cityLimit}")
    private Integer cityLimit;

    @NotNull(message = "{selection.round.error.dates}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime nominationOpensAt;

    @NotNull(message = "{selection.round.error.dates}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime nominationClosesAt;

    @NotNull(message = "{selection.round.error.dates}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime cityDeadline;

    @NotNull(message = "{selection.round.error.dates}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime reviewEndsAt;

    @NotNull(message = "{selection.round.error.publicityDays}")
    @Min(value = 1, message = "{selection.round.error.publicityDays}")
    @Max(value = 60, message = "{selection.round.error.publicityDays}")
    private Integer publicityDays = 7;

    @NotNull(message = "{selection.round.error.experts}")
    @Min(value = 1, message = "{selection.round.error.experts}")
    @Max(value = 15, message = "{selection.round.error.experts}")
    private Integer expertsPerNomination = 3;

    private boolean excludeSameCity;

    /** 匿名评审: the review workbook numbers the experts instead of naming them (default, as V150). */
    private boolean blindReview = true;

    @NotNull(message = "{selection.round.error.perOrganization}")
    @Min(value = 1, message = "{selection.round.error.perOrganization}")
    @Max(value = RoundService.MAX_NOMINATIONS_PER_ORGANIZATION, message = "{selection.round.error.perOrganization}")
    private Integer nominationsPerOrganization = 1;

    @NotEmpty(message = "{selection.round.error.kinds}")
    private Set<OrganizationKind> eligibleKinds = EnumSet.noneOf(OrganizationKind.class);

    @Valid
    private List<CriterionForm> criteria = new ArrayList<>();

    private long version;

    /** A criterion row; a row with no name is ignored. */
    public static class CriterionForm {

        @Size(max = 100, message = "{selection.round.error.criterionName}")
        private String name;

        @DecimalMin(value = "0.1", message = "{selection.round.error.criterionMax}")
        @DecimalMax(value = "1000", message = "{selection.round.error.criterionMax}")
        private BigDecimal maxScore;

        @DecimalMin(value = "0.01", message = "{selection.round.error.criterionWeight}")
        @DecimalMax(value = "10", message = "{selection.round.error.criterionWeight}")
        private BigDecimal weight = BigDecimal.ONE;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getMaxScore() {
            return maxScore;
        }

        public void setMaxScore(BigDecimal maxScore) {
            this.maxScore = maxScore;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }
    }

    @AssertTrue(message = "{selection.round.error.order}")
    public boolean isWindowsInOrder() {
        if (nominationOpensAt == null || nominationClosesAt == null || cityDeadline == null || reviewEndsAt == null) {
            return true; // reported by @NotNull
        }
        return nominationOpensAt.isBefore(nominationClosesAt)
                && !cityDeadline.isBefore(nominationClosesAt)
                && !reviewEndsAt.isBefore(cityDeadline);
    }

    @AssertTrue(message = "{selection.round.error.criteria}")
    public boolean isCriteriaComplete() {
        return criteria.stream().allMatch(c -> c.name == null || c.name.isBlank() || c.maxScore != null);
    }

    static RoundForm blank(
            String programCode,
            int year,
            List<RoundSetup.CriterionLine> defaults,
            Set<OrganizationKind> kinds,
            LocalDateTime now) {
        var form = new RoundForm();
        form.programCode = programCode;
        form.year = year;
        form.eligibleKinds = kinds.isEmpty() ? EnumSet.noneOf(OrganizationKind.class) : EnumSet.copyOf(kinds);
        LocalDateTime start = now.withMinute(0).withSecond(0).withNano(0).plusHours(1);
        form.nominationOpensAt = start;
        form.nominationClosesAt = start.plusDays(30);
        form.cityDeadline = start.plusDays(40);
        form.reviewEndsAt = start.plusDays(60);
        defaults.forEach(line -> form.criteria.add(row(line)));
        form.padCriteria();
        return form;
    }

    static RoundForm of(RoundSummary round) {
        var form = new RoundForm();
        form.programCode = round.programCode();
        form.year = round.year();
        form.title = round.title();
        form.quota = round.quota();
        form.quotaOverrideReason = round.quotaOverrideReason();
        form.cityLimit = round.cityLimit();
        form.nominationOpensAt = round.opensLocal();
        form.nominationClosesAt = round.closesLocal();
        form.cityDeadline = round.cityDeadlineLocal();
        form.reviewEndsAt = round.reviewEndsLocal();
        form.publicityDays = round.publicityDays();
        form.expertsPerNomination = round.expertsPerNomination();
        form.excludeSameCity = round.excludeSameCity();
        form.blindReview = round.blindReview();
        form.nominationsPerOrganization = round.nominationsPerOrganization();
        form.eligibleKinds = round.eligibleKinds().isEmpty()
                ? EnumSet.noneOf(OrganizationKind.class)
                : EnumSet.copyOf(round.eligibleKinds());
        round.criteria().forEach(line -> form.criteria.add(row(line)));
        form.version = round.version();
        form.padCriteria();
        return form;
    }

    /** Empty rows up to a fixed number, so staff can add criteria without JavaScript. */
    void padCriteria() {
        while (criteria.size() < CRITERION_ROWS) {
            criteria.add(new CriterionForm());
        }
    }

    RoundSetup toSetup() {
        List<RoundSetup.CriterionLine> lines = criteria.stream()
                .filter(c -> c.name != null && !c.name.isBlank())
                .map(c -> new RoundSetup.CriterionLine(
                        null, c.name.strip(), c.maxScore, c.weight == null ? BigDecimal.ONE : c.weight))
                .toList();
        return new RoundSetup(
                year,
                title.strip(),
                quota,
                quotaOverrideReason,
                cityLimit,
                nominationOpensAt.atZone(PortalTime.ZONE).toInstant(),
                nominationClosesAt.atZone(PortalTime.ZONE).toInstant(),
                cityDeadline.atZone(PortalTime.ZONE).toInstant(),
                reviewEndsAt.atZone(PortalTime.ZONE).toInstant(),
                publicityDays,
                expertsPerNomination,
                excludeSameCity,
                eligibleKinds,
                lines,
                nominationsPerOrganization,
                blindReview);
    }

    private static CriterionForm row(RoundSetup.CriterionLine line) {
        var row = new CriterionForm();
        row.name = line.name();
        row.maxScore = line.maxScore();
        row.weight = line.weight();
        return row;
    }

    // bean accessors for binding

    public String getProgramCode() {
        return programCode;
    }

    public void setProgramCode(String programCode) {
        this.programCode = programCode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getQuota() {
        return quota;
    }

    public void setQuota(Integer quota) {
        this.quota = quota;
    }

    public String getQuotaOverrideReason() {
        return quotaOverrideReason;
    }

    public void setQuotaOverrideReason(String quotaOverrideReason) {
        this.quotaOverrideReason = quotaOverrideReason;
    }

    public Integer getCityLimit() {
        return cityLimit;
    }

    public void setCityLimit(Integer cityLimit) {
        this.cityLimit = cityLimit;
    }

    public LocalDateTime getNominationOpensAt() {
        return nominationOpensAt;
    }

    public void setNominationOpensAt(LocalDateTime v) {
        this.nominationOpensAt = v;
    }

    public LocalDateTime getNominationClosesAt() {
        return nominationClosesAt;
    }

    public void setNominationClosesAt(LocalDateTime v) {
        this.nominationClosesAt = v;
    }

    public LocalDateTime getCityDeadline() {
        return cityDeadline;
    }

    public void setCityDeadline(LocalDateTime v) {
        this.cityDeadline = v;
    }

    public LocalDateTime getReviewEndsAt() {
        return reviewEndsAt;
    }

    public void setReviewEndsAt(LocalDateTime v) {
        this.reviewEndsAt = v;
    }

    public Integer getPublicityDays() {
        return publicityDays;
    }

    public void setPublicityDays(Integer publicityDays) {
        this.publicityDays = publicityDays;
    }

    public Integer getExpertsPerNomination() {
        return expertsPerNomination;
    }

    public void setExpertsPerNomination(Integer v) {
        this.expertsPerNomination = v;
    }

    public boolean isExcludeSameCity() {
        return excludeSameCity;
    }

    public void setExcludeSameCity(boolean excludeSameCity) {
        this.excludeSameCity = excludeSameCity;
    }

    public boolean isBlindReview() {
        return blindReview;
    }

    public void setBlindReview(boolean blindReview) {
        this.blindReview = blindReview;
    }

    public Integer getNominationsPerOrganization() {
        return nominationsPerOrganization;
    }

    public void setNominationsPerOrganization(Integer v) {
        this.nominationsPerOrganization = v;
    }

    public Set<OrganizationKind> getEligibleKinds() {
        return eligibleKinds;
    }

    public void setEligibleKinds(Set<OrganizationKind> eligibleKinds) {
        this.eligibleKinds = eligibleKinds;
    }

    public List<CriterionForm> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionForm> criteria) {
        this.criteria = criteria;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.shared.HistoryReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A school or another organisation (组织). */
@Entity
@Table(name = "organization")
class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    @Column(name = "city_code")
    private String cityCode;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "province_run")
    private boolean provinceRun;

    @Column(name = "privately_run")
    private boolean privatelyRun;

    /** 主管部门: the body the organisation answers to (湖南省, 湖南省教育厅, a city's government …). */
    @Column(name = "competent_authority")
    private String competentAuthority;

    /** 统一社会信用代码, the key a roster import matches by; null until a roster gives it. */
    @Column(name = "credit_code")
    private String creditCode;

    private boolean demo;

    private String verification;

    private String source;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Organization() {}

    /** A partner organisation (enterprise, association, institute, government body) the department registers. */
    static Organization partner(String name, OrganizationKind kind, String cityCode, String registeredBy, Instant at) {
        if (kind.isSchool()) {
            throw new IllegalArgumentException("schools come from the reference list");
        }
        var organization = new Organization();
        organization.name = name;
        organization.kind = kind;
        organization.cityCode = cityCode;
        organization.verification = "UNVERIFIED";
        organization.source = "registered by " + registeredBy;
        organization.createdAt = at;
        return organization;
    }

    /** An organisation a roster import brings in. */
    static Organization imported(OrganizationRow row, String fileName, Instant at) {
        var organization = new Organization();
        // every value of the row, so the insert is complete and takeRoster then changes nothing (no update follows)
        organization.name = row.name();
        organization.kind = row.kind();
        organization.creditCode = row.creditCode();
        organization.cityCode = row.cityCode();
        organization.countyCode = row.countyCode();
        organization.privatelyRun = row.privatelyRun();
        organization.provinceRun = row.provinceRun();
        organization.competentAuthority = row.competentAuthority();
        organization.verification = "UNVERIFIED";
        organization.source = sourceOf(fileName);
        organization.createdAt = at;
        return organization;
    }

    /**
     * The first line of the history of an organisation a roster brought in ({@link #imported}): from nothing recorded
     * (not 省属, no authority) to the row's values, as {@link #takeRoster} would have written it.
     */
    OrganizationChange importedLine(String actor, HistoryReason reason, Instant at) {
        return new OrganizationChange(id, false, provinceRun, null, competentAuthority, actor, reason, at);
    }

    /**
     * Takes the roster's values and returns the line of its history; the flag and the authority before and after.
     */
    OrganizationChange takeRoster(
            OrganizationRow row, String fileName, HistoryReason reason, String actor, Instant at) {
        var change = new OrganizationChange(
                id, provinceRun, row.provinceRun(), competentAuthority, row.competentAuthority(), actor, reason, at);
        name = row.name();
        kind = row.kind();
        creditCode = row.creditCode();
        cityCode = row.cityCode();
        countyCode = row.countyCode();
        privatelyRun = row.privatelyRun();
        provinceRun = row.provinceRun();
        competentAuthority = row.competentAuthority();
        if (source == null || !source.contains(sourceOf(fileName))) {
            String joined = source == null ? sourceOf(fileName) : source + "; " + sourceOf(fileName);
            source = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        }
        return change;
    }

    private static String sourceOf(String fileName) {
        return "imported from " + fileName;
    }

    String creditCode() {
        return creditCode;
    }

    String name() {
        return name;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    /**
     * Records whether the province runs the organisation (省属: its nominations skip the city step) and its
     * competent authority, and returns the line of its history. A change needs a reason and must change something.
     */
    OrganizationChange changeAdministration(
            boolean provinceRun, String competentAuthority, String reason, String actor, Instant at) {
        String authority =
                competentAuthority == null || competentAuthority.isBlank() ? null : competentAuthority.strip();
        if (authority != null && authority.length() > 100) {
            throw new AdministrationRejected("organization.administration.error.authority");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new AdministrationRejected("organization.administration.error.reason");
        }
        if (provinceRun == this.provinceRun && Objects.equals(authority, this.competentAuthority)) {
            throw new AdministrationRejected("organization.administration.error.unchanged");
        }
        var change = new OrganizationChange(
                id, this.provinceRun, provinceRun, this.competentAuthority, authority, actor, reason.strip(), at);
        this.provinceRun = provinceRun;
        this.competentAuthority = authority;
        return change;
    }

    OrganizationProfile toProfile() {
        return new OrganizationProfile(
                id,
                name,
                kind,
                cityCode,
                countyCode,
                provinceRun,
                privatelyRun,
                demo,
                verification,
                source,
                competentAuthority,
                version);
    }
}

package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.ArrayHas;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.RuleViolation;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of organisations (组织名录) and the one rule of who sees which: province staff, experts
 * and inspectors see all; a city officer only its city's; a school administrator only its own.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private static final Sort BY_CITY_KIND_NAME = Sort.by("cityCode", "kind", "name");

    private final OrganizationRepository organizations;
    private final OrganizationChangeRepository changes;
    private final RegionDirectory regions;
    private final Clock clock;

    OrganizationDirectory(
            OrganizationRepository organizations,
            OrganizationChangeRepository changes,
            RegionDirectory regions,
            Clock clock) {
        this.organizations = organizations;
        this.changes = changes;
        this.regions = regions;
        this.clock = clock;
    }

    /** One page of the organisations {@code viewer} may see that match {@code filter}. */
    public Page<OrganizationProfile> search(OrganizationFilter filter, Pageable pageable, PortalUser viewer) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BY_CITY_KIND_NAME);
        if (seesAll(viewer)) {
            return find(filter.city(), filter.county(), filter, sorted);
        }
        if (viewer.has(Role.CITY_OFFICER) && viewer.cityCode() != null) {
            if (filter.city() != null && !filter.city().equals(viewer.cityCode())) {
                return Page.empty(sorted);
            }
            return find(viewer.cityCode(), filter.county(), filter, sorted);
        }
        if (viewer.organizationId() != null) {
            List<OrganizationProfile> own = organizations
                    .findById(viewer.organizationId())
                    .map(Organization::toProfile)
                    .filter(p -> matches(p, filter))
                    .stream()
                    .toList();
            return new PageImpl<>(own, sorted, own.size());
        }
        return Page.empty(sorted);
    }

    /** The organisation, if it exists and {@code viewer} may see it; otherwise 404. */
    public OrganizationProfile get(long id, PortalUser viewer) {
        return organizations
                .findById(id)
                .map(Organization::toProfile)
                .filter(p -> maySee(viewer, p))
                .orElseThrow(() -> new NotFoundException("organization", id));
    }

    /**
     * An organisation's page: the organisation, who ran it over time, and whether this viewer may change that (province
     * staff, as {@link #changeAdministration} checks again).
     */
    public record OrganizationPage(
            OrganizationProfile organization,
            List<AdministrationChange> administration,
            boolean mayChangeAdministration) {}

    /** The page of an organisation {@code viewer} may see; otherwise 404. */
    public OrganizationPage page(long id, PortalUser viewer) {
        var organization = get(id, viewer);
        return new OrganizationPage(
                organization,
                changes.history(id).stream().map(OrganizationChange::toView).toList(),
                mayChangeAdministration(viewer));
    }

    static boolean mayChangeAdministration(PortalUser viewer) {
        return viewer.has(Role.PROVINCE_ADMIN);
    }

    /** Who ran the organisation over time (省属 and 主管部门), newest first, for someone who may see it. */
    public List<AdministrationChange> administrationHistory(long id, PortalUser viewer) {
        get(id, viewer);
        return changes.history(id).stream().map(OrganizationChange::toView).toList();
    }

    /**
     * Records whether the province runs the organisation (省属: its nominations skip the city step) and its
     * competent authority (主管部门). Province staff only; the change is kept with its reason.
     *
     * @throws AdministrationRejected when the reason is missing, the authority too long or nothing changes
     * @throws jakarta.persistence.OptimisticLockException when the organisation changed since the form was loaded
     */
    @Transactional
    public void changeAdministration(
            long id,
            boolean provinceRun,
            String competentAuthority,
            String reason,
            long expectedVersion,
            PortalUser actor) {
        if (!mayChangeAdministration(actor)) {
            throw new AccessDeniedException("province staff only");
        }
        Organization organization =
                organizations.findById(id).orElseThrow(() -> new NotFoundException("organization", id));
        Versions.expect(organization.version(), expectedVersion, "organization " + id);
        changes.save(organization.changeAdministration(
                provinceRun, competentAuthority, reason, actor.getUsername(), clock.instant()));
    }

    /** Every organisation by kind and name, for a picker (names and kinds are public facts). */
    public List<OrganizationProfile> pickList() {
        return organizations.findAll(Sort.by("kind", "name")).stream()
                .map(Organization::toProfile)
                .toList();
    }

    /** For other modules that already checked access. */
    public Optional<OrganizationProfile> find(long id) {
        return organizations.findById(id).map(Organization::toProfile);
    }

    /** The ids of the organisations of a city, for modules that filter their own records by city. */
    public List<Long> idsInCity(String cityCode) {
        return organizations.findIdsByCityCode(cityCode);
    }

    /**
     * Every county-level division with its public secondary vocational schools (县域公办中职覆盖), for the
     * viewer's slice: all cities for province staff, its own city for a city officer.
     */
    public List<CountyCoverage> coverage(PortalUser viewer) {
        List<City> cities = seesAll(viewer)
                ? regions.cities()
                : regions.city(viewer.cityCode()).stream().toList();
        Map<String, List<OrganizationProfile>> byCounty =
                organizations.findByKindAndPrivatelyRunFalseOrderByName(OrganizationKind.SECONDARY_VOCATIONAL).stream()
                        .map(Organization::toProfile)
                        .filter(o -> o.countyCode() != null)
                        .collect(Collectors.groupingBy(OrganizationProfile::countyCode));
        List<CountyCoverage> lines = new ArrayList<>();
        for (var city : cities) {
            for (var county : regions.countiesOf(city.code())) {
                if (!county.zone()) {
                    lines.add(new CountyCoverage(city, county, byCounty.getOrDefault(county.code(), List.of())));
                }
            }
        }
        return lines;
    }

    /**
     * Registers a partner organisation (enterprise, industry association, research institute, government body)
     * that joins a group but is not in the reference list of schools. Refused for school kinds and for a name
     * already in the directory.
     */
    @Transactional
    public OrganizationProfile registerPartner(String name, OrganizationKind kind, String cityCode, String actor) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 128 || kind == null || kind.isSchool()) {
            throw new PartnerRejected("organization.partner.error.fields");
        }
        if (cityCode != null && !cityCode.isBlank() && !regions.isCity(cityCode)) {
            throw new PartnerRejected("organization.partner.error.fields");
        }
        if (organizations.existsByName(trimmed)) {
            throw new PartnerRejected("organization.partner.error.duplicate");
        }
        return organizations
                .save(Organization.partner(
                        trimmed, kind, cityCode == null || cityCode.isBlank() ? null : cityCode, actor, Instant.now()))
                .toProfile();
    }

    /** A partner organisation could not be registered; the key says why, in the reader's language. */
    public static class PartnerRejected extends RuleViolation {

        PartnerRejected(String messageKey) {
            super(messageKey);
        }
    }

    /** Several organisations by id, in one statement, for modules that already checked access. */
    public Map<Long, OrganizationProfile> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organizations.findAllByIds(ArrayHas.of(ids)).stream()
                .map(Organization::toProfile)
                .collect(Collectors.toMap(OrganizationProfile::id, Function.identity()));
    }

    /**
     * An organisation with its 统一社会信用代码 (null when not recorded), for the imports of other modules that match
     * rows by the code.
     */
    public record CodedOrganization(long id, String name, String creditCode, String cityCode, boolean school) {}

    /** The schools of a city by name, with their credit codes, in one statement; for modules that checked access. */
    public List<CodedOrganization> schoolsOf(String cityCode) {
        return organizations.findByCityCodeOrderByName(cityCode).stream()
                .map(OrganizationDirectory::coded)
                .filter(CodedOrganization::school)
                .toList();
    }

    /** The organisations holding these credit codes, by code, in one statement; for modules that checked access. */
    public Map<String, CodedOrganization> byCreditCodes(Collection<String> creditCodes) {
        if (creditCodes.isEmpty()) {
            return Map.of();
        }
        return organizations.findByCreditCodeIn(creditCodes).stream()
                .collect(Collectors.toMap(Organization::creditCode, OrganizationDirectory::coded));
    }

    private static CodedOrganization coded(Organization o) {
        OrganizationProfile p = o.toProfile();
        return new CodedOrganization(
                p.id(), p.name(), o.creditCode(), p.cityCode(), p.kind().isSchool());
    }

    private Page<OrganizationProfile> find(String city, String county, OrganizationFilter filter, Pageable pageable) {
        String validCity = regions.isCity(city) ? city : null;
        String validCounty = regions.county(county).isPresent() ? county : null;
        return organizations
                .search(validCity, validCounty, filter.kind(), filter.nameContains(), pageable)
                .map(Organization::toProfile);
    }

    static boolean maySee(PortalUser viewer, OrganizationProfile organization) {
        if (seesAll(viewer)) {
            return true;
        }
        if (viewer.has(Role.CITY_OFFICER) && viewer.cityCode() != null) {
            return viewer.cityCode().equals(organization.cityCode());
        }
        return Objects.equals(viewer.organizationId(), organization.id());
    }

    private static boolean seesAll(PortalUser viewer) {
        return viewer.has(Role.PROVINCE_ADMIN) || viewer.has(Role.EXPERT) || viewer.has(Role.INSPECTOR);
    }

    private static boolean matches(OrganizationProfile p, OrganizationFilter f) {
        return (f.city() == null || f.city().equals(p.cityCode()))
                && (f.county() == null || f.county().equals(p.countyCode()))
                && (f.kind() == null || f.kind() == p.kind())
                && (f.nameContains() == null || p.name().contains(f.nameContains()));
    }
}

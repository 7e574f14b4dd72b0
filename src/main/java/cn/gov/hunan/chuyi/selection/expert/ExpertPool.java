package cn.gov.hunan.chuyi.selection.expert;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.ArrayHas;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Versions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The expert pool (专家库): every account with the expert role, with its title, fields, home organisation and city. */
@Service
@Transactional(readOnly = true)
public class ExpertPool {

    private final AccountDirectory accounts;
    private final ExpertProfileRepository profiles;
    private final OrganizationDirectory organizations;
    private final RegionDirectory regions;

    ExpertPool(
            AccountDirectory accounts,
            ExpertProfileRepository profiles,
            OrganizationDirectory organizations,
            RegionDirectory regions) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.organizations = organizations;
        this.regions = regions;
    }

    /** The whole pool, by name. */
    public List<ExpertLine> all() {
        return lines(accounts.withRole(Role.EXPERT));
    }

    /** One expert of the pool; 404 for an account that is not an expert. */
    public ExpertLine get(long expertId) {
        return lines(accounts.withRole(Role.EXPERT).stream()
                        .filter(e -> e.id() == expertId)
                        .toList())
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("expert", expertId));
    }

    /**
     * Records an expert's professional title and fields of expertise.
     *
     * @throws ExpertRejected when the title or a field is too long, or there are too many fields
     * @throws jakarta.persistence.OptimisticLockException when someone changed the expert since the form was loaded
     */
    @Transactional
    public void describe(long expertId, String title, String fields, long expectedVersion) {
        get(expertId);
        ExpertProfile profile = profiles.findById(expertId).orElseGet(() -> new ExpertProfile(expertId));
        Versions.expect(profile.version(), expectedVersion, "expert " + expertId);
        profile.describe(title, fields);
        profiles.save(profile);
    }

    /**
     * Loads a roster of profiles (the expert import): title, fields and contact of each expert, all or nothing; the
     * rows name experts of the pool (the import checked them against {@link #all()}).
     *
     * @throws ExpertRejected when a title, a field or a contact breaks a rule
     */
    @Transactional
    public void describeAll(List<ExpertRow> rows) {
        Map<Long, ExpertProfile> existing =
                profiles.findAllById(rows.stream().map(ExpertRow::expertId).toList()).stream()
                        .collect(Collectors.toMap(ExpertProfile::userId, Function.identity()));
        List<ExpertProfile> changed = new ArrayList<>(rows.size());
        for (var row : rows) {
            var profile = existing.computeIfAbsent(row.expertId(), ExpertProfile::new);
            profile.describe(row.title(), row.fields());
            profile.reachAt(row.contact());
            changed.add(profile);
        }
        profiles.saveAll(changed);
    }

    /** Fields of the given experts, in one statement (an expert without a profile has none). */
    public Map<Long, List<String>> fieldsOf(Collection<Long> expertIds) {
        if (expertIds.isEmpty()) {
            return Map.of();
        }
        return profiles.findAllByIds(ArrayHas.of(expertIds)).stream()
                .collect(Collectors.toMap(p -> p.userId(), ExpertProfile::fields));
    }

    private List<ExpertLine> lines(List<UserSummary> experts) {
        Map<Long, ExpertProfile> byId = profiles
                .findAllById(experts.stream().map(UserSummary::id).toList())
                .stream()
                .collect(Collectors.toMap(ExpertProfile::userId, Function.identity()));
        Map<Long, OrganizationProfile> homes = organizations.findAll(experts.stream()
                .map(UserSummary::organizationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return experts.stream()
                .map(e -> {
                    var profile = byId.get(e.id());
                    var home = e.organizationId() == null ? null : homes.get(e.organizationId());
                    String city = e.cityCode() != null ? e.cityCode() : home == null ? null : home.cityCode();
                    return new ExpertLine(
                            e.id(),
                            e.username(),
                            e.displayName(),
                            profile == null ? null : profile.title(),
                            profile == null ? List.of() : profile.fields(),
                            home == null ? null : home.name(),
                            regions.city(city).orElse(null),
                            profile == null ? 0 : profile.version());
                })
                .sorted(Comparator.comparing(ExpertLine::username))
                .toList();
    }
}

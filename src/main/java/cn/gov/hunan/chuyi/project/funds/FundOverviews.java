package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The execution rate per programme (in the catalogue's order), per city (the 14 in order, each project counted in its
 * school's city) and per year, for the department's dashboard: three grouped statements and one to place the
 * organisations in their cities, whatever the number of projects.
 */
@Component
@Transactional(readOnly = true)
public class FundOverviews {

    private final FundRates rates;
    private final ProgramCatalogue programs;
    private final OrganizationDirectory organizations;
    private final RegionDirectory regions;

    FundOverviews(
            FundRates rates, ProgramCatalogue programs, OrganizationDirectory organizations, RegionDirectory regions) {
        this.rates = rates;
        this.programs = programs;
        this.organizations = organizations;
        this.regions = regions;
    }

    public FundOverview overview(Locale locale) {
        Map<String, FundTotals> byProgram =
                rates.byProgram().stream().collect(Collectors.toMap(FundTotals::key, Function.identity()));
        var programLines = programs.all().stream()
                .filter(p -> byProgram.containsKey(p.code()))
                .map(p -> new FundOverview.Line(p.name(locale), byProgram.get(p.code())))
                .toList();
        var byOrganization = rates.byOrganization();
        Map<Long, OrganizationProfile> owners = organizations.findAll(
                byOrganization.stream().map(t -> Long.valueOf(t.key())).collect(Collectors.toSet()));
        Map<String, FundTotals> byCity = new HashMap<>();
        for (FundTotals t : byOrganization) {
            var owner = owners.get(Long.valueOf(t.key()));
            String city = owner == null || owner.cityCode() == null ? "" : owner.cityCode();
            byCity.merge(city, t, FundTotals::plus);
        }
        var cityLines = regions.cities().stream()
                .filter(c -> byCity.containsKey(c.code()))
                .map(c -> new FundOverview.Line(c.displayName(locale), byCity.get(c.code())))
                .toList();
        var yearLines = rates.byYear().stream()
                .map(t -> new FundOverview.Line(t.key(), t))
                .toList();
        FundTotals total =
                yearLines.stream().map(FundOverview.Line::totals).reduce(FundTotals.none(""), FundTotals::plus);
        return new FundOverview(programLines, cityLines, yearLines, total);
    }
}

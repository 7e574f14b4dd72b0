package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.region.County;
import java.util.List;

/** A county-level division and the public secondary vocational schools it runs; none is a gap. */
public record CountyCoverage(City city, County county, List<OrganizationProfile> schools) {

    public boolean gap() {
        return schools.isEmpty();
    }

    /** Whether the county is covered only by schools invented for the demo. */
    public boolean demoOnly() {
        return !schools.isEmpty() && schools.stream().allMatch(OrganizationProfile::demo);
    }
}

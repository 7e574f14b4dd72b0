package cn.gov.hunan.chuyi.organization;

/** What other modules and the pages know of an organisation. */
public record OrganizationProfile(
        long id,
        String name,
        OrganizationKind kind,
        String cityCode,
        String countyCode,
        boolean provinceRun,
        boolean privatelyRun,
        boolean demo,
        String verification,
        String source,
        String competentAuthority,
        long version) {}

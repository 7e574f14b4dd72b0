package cn.gov.hunan.chuyi.organization;

/**
 * One organisation as a roster gives it (an Excel import): the values are already checked by the importer (credit
 * code, kind, city and county, lengths); {@link OrganizationRoster} matches it by its credit code.
 */
public record OrganizationRow(
        String name,
        String creditCode,
        OrganizationKind kind,
        String cityCode,
        String countyCode,
        boolean privatelyRun,
        boolean provinceRun,
        String competentAuthority) {}

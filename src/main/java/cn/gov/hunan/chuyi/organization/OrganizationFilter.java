package cn.gov.hunan.chuyi.organization;

/**
 * The directory's filters, every one optional. Bound from the query string, so it is checked again in
 * {@link OrganizationDirectory} before it reaches a query.
 */
public record OrganizationFilter(String city, String county, OrganizationKind kind, String q) {

    public static OrganizationFilter none() {
        return new OrganizationFilter(null, null, null, null);
    }

    String nameContains() {
        return q == null || q.isBlank() ? null : q.strip();
    }
}

package cn.gov.hunan.chuyi.organization;

/** Kinds of organisation: the four school types and the kinds that join groups. */
public enum OrganizationKind {
    /** 职业本科学校 */
    VOCATIONAL_UNDERGRADUATE(true),
    /** 高职（专科）院校 */
    HIGHER_VOCATIONAL(true),
    /** 中等职业学校 */
    SECONDARY_VOCATIONAL(true),
    /** 技工院校 */
    TECHNICIAN(true),
    /** 企业 */
    ENTERPRISE(false),
    /** 行业协会 */
    INDUSTRY_ASSOCIATION(false),
    /** 科研机构 */
    RESEARCH_INSTITUTE(false),
    /** 政府部门 */
    GOVERNMENT_BODY(false);

    private final boolean school;

    OrganizationKind(boolean school) {
        this.school = school;
    }

    public boolean isSchool() {
        return school;
    }
}

package cn.gov.hunan.chuyi.account;

import java.util.EnumSet;
import java.util.Set;

/** The roles of product.md §2. */
public enum Role {
    /** 省教育厅项目办 */
    PROVINCE_ADMIN,
    /** 市州教育局 */
    CITY_OFFICER,
    /** 学校（单位）管理员 */
    SCHOOL_ADMIN,
    /** 评审专家 */
    EXPERT,
    /** 督导组成员 */
    INSPECTOR,
    /** 审计管理员 */
    AUDITOR,
    /** 系统管理员 */
    SYSTEM_ADMIN,
    /** 安全管理员 */
    SECURITY_ADMIN;

    /** The three administrator roles of 三权分立: they never see business data. */
    public static final Set<Role> ADMINISTRATION = EnumSet.of(AUDITOR, SYSTEM_ADMIN, SECURITY_ADMIN);

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isBusinessRole() {
        return !ADMINISTRATION.contains(this);
    }
}

package cn.gov.hunan.chuyi.account;

/** What other modules know of an account: who it is and what it is bound to. */
public record UserSummary(long id, String username, String displayName, String cityCode, Long organizationId) {}

package cn.gov.hunan.chuyi.account.policy;

import cn.gov.hunan.chuyi.account.Role;
import java.util.Set;

/** The policy as its form shows and sends it. */
public record PolicyForm(
        int lockoutAttempts,
        int lockoutWindowMinutes,
        int lockoutMinutes,
        int ipAttempts,
        int passwordMinLength,
        int passwordExpiryDays,
        int passwordHistory,
        int sessionIdleMinutes,
        int sessionAbsoluteHours,
        int privilegedMaxSessions,
        Set<Role> relaxedRoles,
        long version) {}

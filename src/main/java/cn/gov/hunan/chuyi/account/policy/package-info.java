/**
 * The security policy (安全策略): lockout, password, session and two-factor settings, one row the security
 * administrator changes at /admin/policy, and who must sign in with a second factor ({@link TwoFactorRules}). At the
 * bottom of account's nested modules: every other one reads the policy.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "account: policy",
        allowedDependencies = {"shared", "account", "account :: internal"})
package cn.gov.hunan.chuyi.account.policy;

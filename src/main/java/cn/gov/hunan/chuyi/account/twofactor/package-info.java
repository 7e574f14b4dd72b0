/**
 * The second factor (双因素认证): TOTP enrolment and codes, each accepted once, recovery codes, the secrets sealed under
 * the server's key ({@link TwoFactorService}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "account: two-factor",
        allowedDependencies = {"shared", "account", "account :: internal", "account.policy"})
package cn.gov.hunan.chuyi.account.twofactor;

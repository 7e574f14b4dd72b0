/**
 * Lockout and throttling of sign-in (登录失败处理): failures counted by name and by address, the addresses an account
 * signed in from, and the security administrator's release ({@link SignInGuard}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "account: lockout",
        allowedDependencies = {"shared", "account", "account :: internal", "account.policy"})
package cn.gov.hunan.chuyi.account.lockout;

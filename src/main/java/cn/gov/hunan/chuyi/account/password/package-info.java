/**
 * Passwords: what a new one must be, the change of one's own ({@link PasswordService}) behind the lockout, the last
 * ones kept for the reuse rule, and the one-time passwords administrators hand over ({@link OneTimePasswords}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "account: password",
        allowedDependencies = {
            "shared",
            "account",
            "account :: internal",
            "account.policy",
            "account.lockout",
            "account.session"
        })
package cn.gov.hunan.chuyi.account.password;

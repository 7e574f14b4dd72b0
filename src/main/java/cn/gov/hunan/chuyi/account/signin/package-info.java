/**
 * Sign-in and the security filter chain ({@link SecurityConfiguration}): the password behind the lockout, the second
 * step, the forced change of a one-time or expired password, and what every user does with their own account
 * (password, second factor, sessions). On top of account's nested modules; nothing in the portal depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "account: sign-in",
        allowedDependencies = {
            "shared",
            "account",
            "account :: internal",
            "account.policy",
            "account.session",
            "account.lockout",
            "account.twofactor",
            "account.password"
        })
package cn.gov.hunan.chuyi.account.signin;

/**
 * Account administration under the separation of duties (三权分立): accounts and role grants ({@link AccountAdmin}),
 * resets under the two-person rule (双人复核, {@link AccountResets}, the request's life in {@link ResetMove}), the
 * release of a lockout, and the first administrators and last-resort resets on the command line ({@link FirstRun}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "account: administration",
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
package cn.gov.hunan.chuyi.account.admin;

/**
 * Account (用户与权限): users, their role grants and their binding to a city or an organisation; sign-in and the
 * security filter chain. Sits at the bottom of the module graph: it keeps the binding as plain values so every module
 * can ask "who is asking and what is their slice" without a cycle.
 *
 * <p>Its API is this package: {@link PortalUser} (the signed-in user), {@link Role}, {@link UserSummary} and
 * {@link AccountDirectory}. The rest is nested modules, which no other module can reach, in this order of dependence:
 * {@code policy} (the security policy, who needs a second factor) ← {@code session}, {@code lockout},
 * {@code twofactor} ← {@code password} ← {@code signin} (the filter chain, the sign-in flow, the user's own pages) and
 * {@code admin} (accounts, roles, resets under the two-person rule, the command line). What they share — the account
 * entity, its history, the refusal — is {@code internal} (the named interface {@code account :: internal}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package cn.gov.hunan.chuyi.account;

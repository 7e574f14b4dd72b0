/**
 * Account (用户与权限): users, their role grants and their binding to a city or an organisation; sign-in
 * and the security filter chain. Sits at the bottom of the module graph: it keeps the binding as plain
 * values so every module can ask "who is asking and what is their slice" without a cycle.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package cn.gov.hunan.chuyi.account;

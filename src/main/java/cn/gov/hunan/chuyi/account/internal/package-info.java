/**
 * What account's nested modules share and no other module may use: the account itself ({@link Account}, table
 * {@code app_user}), its history ({@link AccountChange}) and the refusal of an account change
 * ({@link AccountRejected}). Exposed as the named interface {@code account :: internal}, which only the nested modules
 * name in their allowed dependencies; the portal's modules see {@code PortalUser}, {@code UserSummary} and
 * {@code AccountDirectory} instead.
 */
@org.springframework.modulith.NamedInterface("internal")
package cn.gov.hunan.chuyi.account.internal;

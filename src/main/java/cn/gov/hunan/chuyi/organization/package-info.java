/**
 * Organisation (组织): the directory of schools by type and of the other organisations that join
 * vocational-education groups (enterprises, industry associations, research institutes, government
 * bodies), and who may see which of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "region", "account"})
package cn.gov.hunan.chuyi.organization;

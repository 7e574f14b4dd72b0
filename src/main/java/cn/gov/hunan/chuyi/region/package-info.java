/**
 * Region (行政区划): Hunan's 14 市州 and their county-level divisions with GB/T 2260 codes. Read-only
 * reference data loaded by migrations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package cn.gov.hunan.chuyi.region;

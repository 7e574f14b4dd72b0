/**
 * Dynamic adjustment (动态调整) of designated projects: tier moves and exits decided by a meeting, the public list of
 * the year, and the counts per year the dashboard shows ({@link AdjustmentService#byYear()}, {@link AdjustmentYear}).
 */
@org.springframework.modulith.NamedInterface("adjustment")
package cn.gov.hunan.chuyi.project.adjustment;

/**
 * The expert pool (专家库): each expert's title and fields of expertise, and how fields match a nomination. Named
 * interface {@code expert}: the import of the pool (module {@code imports}) reads the pool and loads profiles through
 * {@link cn.gov.hunan.chuyi.selection.expert.ExpertPool}.
 */
@org.springframework.modulith.NamedInterface("expert")
package cn.gov.hunan.chuyi.selection.expert;

/** The expert pool (专家库): each expert's title and fields of expertise, and how fields match a nomination. */
package cn.gov.hunan.chuyi.selection.expert;

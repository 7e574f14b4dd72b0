/** Expert review (专家评审): assignments under the conflict rules, scores, the trimmed-mean ranking. */
package cn.gov.hunan.chuyi.selection.review;

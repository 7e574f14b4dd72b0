/** The decision (审定): selection in rank order within the quota, recorded with its meeting. */
package cn.gov.hunan.chuyi.selection.decision;

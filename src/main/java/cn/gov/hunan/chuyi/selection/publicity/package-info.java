/** Publicity (公示): the public notices, objections from anyone and their disposition by the department. */
package cn.gov.hunan.chuyi.selection.publicity;

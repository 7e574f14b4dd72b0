/** The history of rounds and nominations: every move, who made it, when and why. */
package cn.gov.hunan.chuyi.selection.history;

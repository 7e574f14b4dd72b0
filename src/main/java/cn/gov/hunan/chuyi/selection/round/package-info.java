/** Rounds (遴选批次): set-up, the table of moves ({@link cn.gov.hunan.chuyi.selection.round.RoundMove}), the scheduled close of the nomination window, the round pages. */
package cn.gov.hunan.chuyi.selection.round;

/**
 * The selection module's deadlines as the reminder job sees them (nomination window, city recommendation, expert
 * review, publicity ending): read-only, a fixed number of statements whatever the number of rounds.
 */
package cn.gov.hunan.chuyi.selection.deadline;

/** Nominations (申报): filing by schools, the city step and the eligibility check, attachments, the table of moves ({@link cn.gov.hunan.chuyi.selection.nomination.NominationMove}), who may see which nomination. */
package cn.gov.hunan.chuyi.selection.nomination;

package cn.gov.hunan.chuyi.selection.expert;

/** An expert's profile as a roster gives it (the expert import): title, fields of expertise (typed list), contact. */
public record ExpertRow(long expertId, String title, String fields, String contact) {}

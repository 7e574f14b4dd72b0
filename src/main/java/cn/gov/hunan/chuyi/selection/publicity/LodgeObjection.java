package cn.gov.hunan.chuyi.selection.publicity;

/**
 * An objection as the objector writes it: the nomination objected to, their real name or their unit's name, a
 * contact telephone and the reason. Checked by {@link PublicObjections#lodge}, not here.
 */
public record LodgeObjection(Long nominationId, String name, String telephone, String reason) {}

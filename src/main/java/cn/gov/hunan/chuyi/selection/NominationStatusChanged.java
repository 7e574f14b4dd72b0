package cn.gov.hunan.chuyi.selection;

/**
 * A nomination changed state; the people concerned are told (notification module).
 *
 * @param reason the words the user typed with the move, null when there were none or the portal gave the reason
 */
public record NominationStatusChanged(
        long nominationId,
        long organizationId,
        String cityCode,
        String title,
        NominationStatus from,
        NominationStatus to,
        String reason) {}

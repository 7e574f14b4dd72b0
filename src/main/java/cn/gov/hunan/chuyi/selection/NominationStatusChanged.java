package cn.gov.hunan.chuyi.selection;

/** A nomination changed state; the people concerned are told (notification module). */
public record NominationStatusChanged(
        long nominationId, long organizationId, String cityCode, String title, NominationStatus from,
        NominationStatus to, String reason) {}

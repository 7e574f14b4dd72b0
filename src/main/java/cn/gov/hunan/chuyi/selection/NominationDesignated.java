package cn.gov.hunan.chuyi.selection;

/** A selected nomination became a designated project when its round closed (立项). */
public record NominationDesignated(
        long nominationId,
        long roundId,
        String programCode,
        long organizationId,
        String title,
        int year,
        String tier) {}

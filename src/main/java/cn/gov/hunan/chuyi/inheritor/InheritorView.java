package cn.gov.hunan.chuyi.inheritor;

/** A nominated person as pages show them. */
public record InheritorView(
        long id,
        long organizationId,
        String organizationName,
        String cityCode,
        String name,
        String position,
        String achievements,
        InheritorStatus status,
        Integer recognisedYear,
        String decisionReason,
        boolean demo,
        String nominatedBy,
        long version) {}

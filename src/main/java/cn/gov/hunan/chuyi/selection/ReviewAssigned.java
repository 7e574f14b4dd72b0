package cn.gov.hunan.chuyi.selection;

/** An expert was given a nomination to review. */
public record ReviewAssigned(long assignmentId, long expertId, String nominationTitle) {}

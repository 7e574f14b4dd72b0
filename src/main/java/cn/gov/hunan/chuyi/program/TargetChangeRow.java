package cn.gov.hunan.chuyi.program;

import java.time.LocalDateTime;

/** A line of a programme's target history, time in Asia/Shanghai. */
public record TargetChangeRow(
        Integer oldTarget, Integer newTarget, String reason, String changedBy, LocalDateTime changedAt) {}

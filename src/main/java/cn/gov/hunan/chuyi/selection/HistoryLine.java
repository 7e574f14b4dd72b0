package cn.gov.hunan.chuyi.selection;

import java.time.LocalDateTime;

/** A line of history: from → to, who, why, when (Asia/Shanghai). */
public record HistoryLine(String from, String to, String actor, String reason, LocalDateTime at) {}

package cn.gov.hunan.chuyi.shared;

import java.time.LocalDateTime;

/** A line of any record's history: from → to, who, why, when (Asia/Shanghai). */
public record HistoryLine(String from, String to, String actor, String reason, LocalDateTime at) {}

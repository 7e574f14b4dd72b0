package cn.gov.hunan.chuyi.supervision;

import java.time.LocalDateTime;

/** A line of history: from → to, who, why, when (Asia/Shanghai). */
public record SupervisionHistoryLine(String from, String to, String actor, String reason, LocalDateTime at) {}

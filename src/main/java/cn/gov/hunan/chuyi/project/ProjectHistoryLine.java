package cn.gov.hunan.chuyi.project;

import java.time.LocalDateTime;

/** A line of a project's history (Asia/Shanghai). */
public record ProjectHistoryLine(String from, String to, String actor, String reason, LocalDateTime at) {}

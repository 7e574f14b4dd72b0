package cn.gov.hunan.chuyi.supervision.finding;

import java.time.LocalDateTime;
import java.util.List;

/** A city's rectification report (整改报告) as its page shows it. */
public record ReportView(long id, String narrative, String filedBy, LocalDateTime filedAt, List<EvidenceView> files) {}

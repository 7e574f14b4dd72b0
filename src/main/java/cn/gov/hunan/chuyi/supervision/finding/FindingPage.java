package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.util.List;

/**
 * A finding's page: the item, its evidence and history, and what the viewer may do now — answer it (the
 * organisation it is addressed to, while it owes an answer) or verify the answer (an inspector of the task).
 */
public record FindingPage(FindingView finding, List<EvidenceView> evidence, List<HistoryLine> history, boolean mayAnswer,
        boolean mayVerify) {}

package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.util.List;

/**
 * A finding's page: the item, its evidence and history, and what the viewer may do now — answer it (the
 * organisation it is addressed to, while it owes an answer) or verify the answer (an inspector of the task).
 * Since issue 16 also: its extension requests, how often it was chased (已催办 N 次), how far it has been escalated,
 * and the moves of its later life (ask for an extension, decide it, chase, sign off, re-check).
 */
public record FindingPage(
        FindingView finding,
        List<EvidenceView> evidence,
        List<HistoryLine> history,
        boolean mayAnswer,
        boolean mayVerify,
        // issue 16
        List<ExtensionView> extensions,
        ExtensionView pendingExtension,
        int chased,
        Escalation escalation,
        boolean mayRequestExtension,
        boolean mayDecideExtension,
        boolean mayChase,
        boolean maySignOff,
        boolean mayPutToRecheck,
        boolean mayConcludeRecheck,
        boolean mayOpenCityPage) {

    /** Whether the item has been escalated beyond its organisation. */
    public boolean escalated() {
        return escalation != Escalation.NONE;
    }
}

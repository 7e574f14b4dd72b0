package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import java.util.List;
import java.util.Map;

/**
 * A task's page: the task and its plan's indicators, its findings, the city's earlier figures, the schools' returns,
 * its history, and what the viewer may do on it now.
 *
 * @param mayReportData the viewer reports the task's figures (its city, or its school for a school task)
 * @param mayRaiseFinding the viewer is on the team and may record a finding
 * @param mayScore the viewer leads the team and may score the indicators
 * @param mayReport the viewer leads the team and may submit the report
 * @param mayOpenRectification the viewer may open the task's rectification page (its overseers and its city)
 * @param mayImportFigures the viewer is the city officer of a city task that takes its schools' figures now, and may
 *     load them from a workbook
 */
public record TaskPage(
        TaskView task,
        PlanView plan,
        List<TaskFindings.Line> findings,
        List<String> severities,
        Map<String, List<EarlierFigure>> earlier,
        Map<Long, SchoolReturn> returns,
        List<HistoryLine> history,
        boolean mayReportData,
        boolean mayRaiseFinding,
        boolean mayScore,
        boolean mayReport,
        boolean mayOpenRectification,
        boolean mayImportFigures) {

    /** What {@code viewer} may do on the task: the table's moves, for the team, the lead or the reporting body. */
    record Rights(boolean mayReportData, boolean mayRaiseFinding, boolean mayScore, boolean mayReport) {

        /** {@code reportsData}: the viewer is the body that reports the task's figures ({@link TaskAccess}). */
        static Rights of(TaskView task, PortalUser viewer, boolean reportsData) {
            if (!task.planRunning()) {
                return new Rights(false, false, false, false);
            }
            boolean lead = task.isLead(viewer.id());
            return new Rights(
                    reportsData && TaskMove.SUBMIT_DATA.offeredTo(viewer, task.status()),
                    task.isOnTeam(viewer.id()) && TaskMove.RAISE_FINDING.offeredTo(viewer, task.status()),
                    lead && TaskMove.SCORE.offeredTo(viewer, task.status()),
                    lead && TaskMove.REPORT.offeredTo(viewer, task.status()));
        }
    }
}

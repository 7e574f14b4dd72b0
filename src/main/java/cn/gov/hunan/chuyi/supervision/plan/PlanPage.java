package cn.gov.hunan.chuyi.supervision.plan;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.util.List;

/**
 * A plan's page: the plan, its tasks, who may be put on a team, its history, and what the viewer may do — start it,
 * publish it, assign teams (while it runs; each line says whether its task still takes a team).
 */
public record PlanPage(
        PlanView plan,
        List<PlanTasks.Line> tasks,
        List<UserSummary> inspectors,
        List<HistoryLine> history,
        boolean mayActivate,
        boolean mayPublish,
        boolean mayAssignTeams) {

    static PlanPage of(
            PlanView plan,
            List<PlanTasks.Line> tasks,
            List<UserSummary> inspectors,
            List<HistoryLine> history,
            PortalUser viewer) {
        return new PlanPage(
                plan,
                tasks,
                inspectors,
                history,
                PlanMove.ACTIVATE.offeredTo(viewer, plan.status()),
                PlanMove.PUBLISH.offeredTo(viewer, plan.status()),
                plan.status() == PlanStatus.ACTIVE);
    }
}

package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.util.List;

/**
 * A task's self-evaluation page.
 *
 * @param evaluation the report, or null when there is none the viewer may read (a draft is its author's)
 * @param submitted the report is in: read-only, shown to the team and the province
 * @param mayEdit the viewer is the inspected body and may save the draft (before the visit)
 * @param maySubmit the same, and may submit it
 */
public record SelfEvaluationPage(
        TaskView task,
        PlanView plan,
        SelfEvaluationView evaluation,
        List<SelfEvaluationFile.FileView> files,
        boolean submitted,
        boolean mayEdit,
        boolean maySubmit) {}

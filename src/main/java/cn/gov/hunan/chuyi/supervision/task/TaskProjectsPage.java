package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.project.ProjectView;
import java.util.List;

/**
 * The designated projects on a task's page: those the task inspects (which a new finding may be addressed to), and —
 * for whoever may still choose them — the running projects of the task's city to choose from.
 *
 * @param mayChoose the viewer arranges the inspection (province staff, while the task is planned in a running plan)
 */
public record TaskProjectsPage(List<ProjectView> chosen, List<ProjectView> candidates, boolean mayChoose) {

    /** Whether {@code projectId} is among the chosen: the candidate's box is ticked. */
    public boolean isChosen(long projectId) {
        return chosen.stream().anyMatch(p -> p.id() == projectId);
    }
}

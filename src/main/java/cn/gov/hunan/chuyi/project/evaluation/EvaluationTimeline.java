package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.ProjectPages;
import cn.gov.hunan.chuyi.project.ProjectTimelineSource;
import cn.gov.hunan.chuyi.project.TimelineEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/** A project's evaluations on its timeline: kind, grade and the panel's conclusion (one statement). */
@Component
class EvaluationTimeline implements ProjectTimelineSource {

    private final EvaluationRepository evaluations;

    EvaluationTimeline(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public List<TimelineEntry> entries(ProjectPages.ProjectPage page, PortalUser viewer) {
        return evaluations
                .findByProjectIdOrderByEvaluatedOnDescIdDesc(page.project().id())
                .stream()
                .map(e -> e.toView(List.of()))
                .map(e -> TimelineEntry.of(
                        e.evaluatedOn(), "Grade.Kind." + e.kind(), "Grade." + e.grade(), e.conclusion(), null))
                .toList();
    }
}

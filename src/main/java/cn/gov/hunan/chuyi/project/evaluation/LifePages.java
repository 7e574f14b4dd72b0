package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.ProjectPages;
import cn.gov.hunan.chuyi.project.ProjectTimeline;
import cn.gov.hunan.chuyi.project.TimelineEntry;
import cn.gov.hunan.chuyi.project.adjustment.AdjustmentPages;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of a project's page that issue #17 added: the evaluations card, the adjustments card and the one
 * timeline. A bounded number of statements whatever the rows (evaluations and their files, adjustments, and one
 * statement per timeline source).
 */
@Service
@Transactional(readOnly = true)
public class LifePages {

    private final EvaluationPages evaluations;
    private final AdjustmentPages adjustments;
    private final ProjectTimeline timeline;

    LifePages(EvaluationPages evaluations, AdjustmentPages adjustments, ProjectTimeline timeline) {
        this.evaluations = evaluations;
        this.adjustments = adjustments;
        this.timeline = timeline;
    }

    public record LifePage(
            EvaluationPages.EvaluationPage evaluation,
            AdjustmentPages.AdjustmentPage adjustment,
            List<TimelineEntry> timeline) {}

    /** A page with nothing recorded and nothing offered (for a page that shows none of it, and for tests). */
    public static LifePage empty() {
        return new LifePage(
                new EvaluationPages.EvaluationPage(List.of(), List.of(), false, null, false),
                new AdjustmentPages.AdjustmentPage(List.of(), List.of()),
                List.of());
    }

    public LifePage page(ProjectPages.ProjectPage page, PortalUser viewer) {
        return new LifePage(
                evaluations.page(page.project(), viewer),
                adjustments.page(page.project(), viewer),
                timeline.of(page, viewer));
    }
}

package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.ProjectStatus;
import cn.gov.hunan.chuyi.project.ProjectView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evaluations card of a project's page: what was recorded, and the grades the viewer may record now. */
@Service
@Transactional(readOnly = true)
public class EvaluationPages {

    private final EvaluationService evaluations;
    private final Clock clock;

    EvaluationPages(EvaluationService evaluations, Clock clock) {
        this.evaluations = evaluations;
        this.clock = clock;
    }

    /**
     * The card's data: the evaluations, the grades offered (empty when none is due or the viewer is not the
     * department), whether the offered evaluation is the mid-term or the acceptance, the date a warning rectifies by
     * and whether it passed.
     */
    public record EvaluationPage(
            List<EvaluationView> evaluations,
            List<Grade> grades,
            boolean acceptance,
            LocalDate rectifyBy,
            boolean warningOverdue) {

        public boolean mayEvaluate() {
            return !grades.isEmpty();
        }

        /**
         * The grade of the latest mid-term evaluation, or null: the project's summary shows it beside the date, since a
         * panel that grades without a score (不合格) would otherwise leave the line with nothing but a dash.
         */
        public Grade midtermGrade() {
            return latest(Grade.Kind.MIDTERM);
        }

        /** The grade of the latest acceptance, or null. */
        public Grade acceptanceGrade() {
            return latest(Grade.Kind.ACCEPTANCE);
        }

        private Grade latest(Grade.Kind kind) {
            // newest first (EvaluationService.of)
            return evaluations.stream()
                    .filter(e -> e.kind() == kind)
                    .map(EvaluationView::grade)
                    .findFirst()
                    .orElse(null);
        }

        /** Whether a failing grade asks for the date to rectify by (the first failed mid-term). */
        public boolean asksRectifyBy() {
            return grades.contains(Grade.UNQUALIFIED) && rectifyBy == null;
        }
    }

    public EvaluationPage page(ProjectView project, PortalUser viewer) {
        var status = project.status();
        List<Grade> grades = Grade.offeredFrom(status).stream()
                .filter(g -> g.moveFrom(status)
                        .map(m -> viewer.roles().stream().anyMatch(m::mayBeMadeBy))
                        .orElse(false))
                .toList();
        var found = evaluations.of(project.id());
        LocalDate rectifyBy = status == ProjectStatus.ON_WARNING
                ? found.stream()
                        .map(EvaluationView::rectifyBy)
                        .filter(d -> d != null)
                        .findFirst()
                        .orElse(null)
                : null;
        boolean overdue = rectifyBy != null && LocalDate.now(clock).isAfter(rectifyBy);
        boolean acceptance = !grades.isEmpty() && grades.get(0).kind() == Grade.Kind.ACCEPTANCE;
        return new EvaluationPage(found, grades, acceptance, rectifyBy, overdue);
    }
}

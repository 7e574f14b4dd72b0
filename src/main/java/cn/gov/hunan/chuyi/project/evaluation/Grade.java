package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.project.ProjectMove;
import cn.gov.hunan.chuyi.project.ProjectStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The grade an evaluation panel gives: mid-term 优秀 / 合格 / 不合格, acceptance 通过 / 不通过. The grade, with the
 * project's state, decides the move of the project's table: a passing mid-term passes it (or lifts a warning), a
 * failing one puts the project on warning (or, on warning already, ends it); acceptance passes or fails it.
 */
public enum Grade {
    EXCELLENT(Kind.MIDTERM, true),
    QUALIFIED(Kind.MIDTERM, true),
    UNQUALIFIED(Kind.MIDTERM, false),
    PASSED(Kind.ACCEPTANCE, true),
    NOT_PASSED(Kind.ACCEPTANCE, false);

    /** 中期评估 or 验收. */
    public enum Kind {
        MIDTERM,
        ACCEPTANCE
    }

    private final Kind kind;
    private final boolean passing;

    Grade(Kind kind, boolean passing) {
        this.kind = kind;
        this.passing = passing;
    }

    public Kind kind() {
        return kind;
    }

    public boolean passing() {
        return passing;
    }

    /** The move this grade makes from the project's state, if the table has one. */
    public Optional<ProjectMove> moveFrom(ProjectStatus current) {
        ProjectStatus target;
        if (kind == Kind.MIDTERM) {
            target = passing
                    ? ProjectStatus.MIDTERM_PASSED
                    : current == ProjectStatus.ON_WARNING ? ProjectStatus.EXITED : ProjectStatus.ON_WARNING;
        } else {
            target = passing ? ProjectStatus.ACCEPTED : ProjectStatus.FAILED;
        }
        return ProjectMove.evaluationTo(current, target);
    }

    /** The grades an evaluation of a project in this state may give (empty: no evaluation is due). */
    public static List<Grade> offeredFrom(ProjectStatus current) {
        return Arrays.stream(values())
                .filter(g -> g.moveFrom(current).isPresent())
                .toList();
    }
}

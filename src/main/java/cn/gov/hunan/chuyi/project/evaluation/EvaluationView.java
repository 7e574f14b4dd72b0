package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.project.ProjectStatus;
import java.time.LocalDate;
import java.util.List;

/** An evaluation as the project page and the export show it. */
public record EvaluationView(
        long id,
        long projectId,
        Grade.Kind kind,
        Grade grade,
        String conclusion,
        LocalDate evaluatedOn,
        LocalDate rectifyBy,
        ProjectStatus from,
        ProjectStatus to,
        String recordedBy,
        List<File> files) {

    /** A file of the evaluation (expert opinions, the panel's report …). */
    public record File(long id, String name, long size) {}
}

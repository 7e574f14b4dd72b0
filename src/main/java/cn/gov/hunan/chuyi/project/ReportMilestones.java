package cn.gov.hunan.chuyi.project;

import java.time.LocalDate;
import java.util.List;

/**
 * The milestones an annual report records progress for: those of the project's approved task book due up to the end
 * of the report's year, each with the progress the school recorded (or none yet). Declared here and implemented by the
 * task book ({@code project.taskbook}), as {@link ReportTargets} is.
 */
public interface ReportMilestones {

    /** The report's milestone lines, in the task book's order; empty when the project has no approved task book. */
    List<MilestoneLine> of(long projectId, long reportId, int year);

    /** The progress states a school chooses from, in order (names of {@code MilestoneProgress}). */
    List<String> progresses();

    /**
     * A milestone and its recorded progress.
     *
     * @param no the milestone's position in the task book (0-based), its field suffix ({@code progress_<no>})
     * @param progress the recorded {@code MilestoneProgress} name, or null when none yet
     * @param version the version of the progress recorded at this position (the form's {@code version_<no>}), or null
     *     when none is recorded there yet
     */
    record MilestoneLine(int no, String title, LocalDate dueDate, String progress, String note, Long version) {}
}

package cn.gov.hunan.chuyi.project.taskbook;

/** How far a task-book milestone has come, as the school records it in an annual report. */
public enum MilestoneProgress {
    NOT_STARTED,
    IN_PROGRESS,
    DONE;

    /** The progress a posted value names, or null when it names none. */
    static MilestoneProgress parse(String value) {
        if (value == null) {
            return null;
        }
        for (MilestoneProgress p : values()) {
            if (p.name().equals(value.strip())) {
                return p;
            }
        }
        return null;
    }
}

package cn.gov.hunan.chuyi.project.taskbook;

import java.time.LocalDateTime;
import java.util.List;

/** A change request as the task book page and the department's list show it, with its files. */
public record ChangeRequestLine(
        long id,
        long projectId,
        String projectTitle,
        String organizationName,
        ChangeKind kind,
        String reason,
        ChangeRequestStatus status,
        String requestedBy,
        LocalDateTime requestedAt,
        String decisionComment,
        String decidedBy,
        LocalDateTime decidedAt,
        List<FileLine> files) {

    /** A file of a request. */
    public record FileLine(long id, String name, long sizeBytes) {}
}

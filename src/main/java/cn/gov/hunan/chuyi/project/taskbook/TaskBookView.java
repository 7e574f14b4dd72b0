package cn.gov.hunan.chuyi.project.taskbook;

import java.time.LocalDateTime;

/** One version of a task book as pages show it (without its content: see {@link TaskBookPage}). */
public record TaskBookView(
        long id,
        long projectId,
        int versionNo,
        TaskBookStatus status,
        int startYear,
        int endYear,
        String reviewComment,
        String reviewedBy,
        LocalDateTime submittedAt,
        LocalDateTime reviewedAt,
        Long changeRequestId,
        long version) {}

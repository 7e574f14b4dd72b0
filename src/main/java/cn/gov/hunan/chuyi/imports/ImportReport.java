package cn.gov.hunan.chuyi.imports;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the report page of an uploaded workbook shows: the file, its status (a message key), the refusal of the whole
 * file or the problems row by row, and whether this user may apply it now.
 */
public record ImportReport(
        long id,
        String fileName,
        String statusKey,
        int rows,
        int problemCount,
        List<RowProblem> problems,
        boolean truncated,
        String refusalKey,
        Object[] refusalArguments,
        String uploadedBy,
        LocalDateTime uploadedAt,
        String appliedBy,
        LocalDateTime appliedAt,
        long version,
        boolean refused,
        boolean mayApply,
        boolean applied) {}

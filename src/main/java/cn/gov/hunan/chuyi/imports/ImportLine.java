package cn.gov.hunan.chuyi.imports;

import java.time.LocalDateTime;

/** An earlier upload, for the import page's history: "导入 212 行，来自 文件名" once applied; people by display name. */
public record ImportLine(
        long id,
        String fileName,
        String statusKey,
        int rows,
        int problemCount,
        String uploadedBy,
        LocalDateTime uploadedAt,
        String appliedBy,
        LocalDateTime appliedAt,
        boolean applied) {}

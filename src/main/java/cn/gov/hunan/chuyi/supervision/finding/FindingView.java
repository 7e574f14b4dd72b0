package cn.gov.hunan.chuyi.supervision.finding;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A finding and its rectification as pages show it. {@code projectId} and {@code projectTitle}: the designated project
 * it is about, when it is about one (its school is then the organisation that answers).
 */
public record FindingView(
        long id,
        long taskId,
        int planYear,
        String category,
        Severity severity,
        String description,
        String cityCode,
        String cityName,
        Long organizationId,
        String organizationName,
        FindingStatus status,
        LocalDate deadline,
        boolean overdue,
        String answer,
        LocalDateTime answeredAt,
        String reviewComment,
        String createdBy,
        LocalDateTime createdAt,
        long version,
        Long projectId,
        String projectTitle,
        // issue 16: an extension approved, put to re-check, and the sign-off (销号)
        boolean extended,
        boolean rechecked,
        String closedBy,
        LocalDateTime closedAt,
        String signOffNote) {

    /** Who answers: the school if there is one, else the city. */
    public String responsible() {
        return organizationName != null ? organizationName : cityName;
    }
}

package cn.gov.hunan.chuyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A task as pages show it, with the team's names. */
public record TaskView(
        long id, long planId, int planYear, String planStatus, String cityCode, String cityName, Long organizationId,
        String organizationName, String status,
        Long leadId, String leadName, List<String> memberNames, List<Long> memberIds, LocalDate visitFrom,
        LocalDate visitTo, String reportSummary, BigDecimal totalScore, Grade grade, Map<Long, Figures> data,
        Map<Long, IndicatorScore> scores, long version) {

    /** What is inspected: the school for a school task, else the city. */
    public String subjectName() {
        return organizationName != null ? organizationName : cityName;
    }

    public boolean open() {
        return "PLANNED".equals(status) && "ACTIVE".equals(planStatus);
    }
}

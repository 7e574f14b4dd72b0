package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A task as pages show it, with the team's names. */
public record TaskView(
        long id,
        long planId,
        int planYear,
        PlanStatus planStatus,
        String cityCode,
        String cityName,
        Long organizationId,
        String organizationName,
        TaskStatus status,
        Long leadId,
        String leadName,
        List<String> memberNames,
        List<Long> memberIds,
        LocalDate visitFrom,
        LocalDate visitTo,
        String reportSummary,
        BigDecimal totalScore,
        Grade grade,
        Map<Long, Figures> data,
        Map<Long, IndicatorScore> scores,
        long version) {

    /** What is inspected: the school for a school task, else the city. */
    public String subjectName() {
        return organizationName != null ? organizationName : cityName;
    }

    /** Whether its plan runs: before it starts there are no tasks, after it is published they are frozen. */
    public boolean planRunning() {
        return planStatus == PlanStatus.ACTIVE;
    }

    public boolean isLead(long userId) {
        return leadId != null && leadId == userId;
    }

    public boolean isOnTeam(long userId) {
        return isLead(userId) || memberIds.contains(userId);
    }

    public boolean inspectsSchool() {
        return organizationId != null;
    }

    /** The lead and the members. */
    public List<Long> team() {
        List<Long> team = new ArrayList<>(memberIds);
        if (leadId != null) {
            team.add(leadId);
        }
        return team;
    }
}

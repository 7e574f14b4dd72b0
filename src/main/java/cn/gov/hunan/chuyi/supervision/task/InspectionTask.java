package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One inspection task (督查任务): a city, its team, its data, its scores and report. */
@Entity
@Table(name = "inspection_task")
class InspectionTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "city_code")
    private String cityCode;

    /** The school inspected, for a plan scoped to schools; null when the task inspects the city. */
    @Column(name = "organization_id")
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    private TaskStatus status = TaskStatus.PLANNED;

    @Column(name = "lead_id")
    private Long leadId;

    @ElementCollection
    @CollectionTable(name = "inspection_task_member", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "inspector_id")
    private Set<Long> memberIds = new HashSet<>();

    @Column(name = "visit_from")
    private LocalDate visitFrom;

    @Column(name = "visit_to")
    private LocalDate visitTo;

    @Column(name = "report_summary")
    private String reportSummary;

    @Column(name = "total_score")
    private BigDecimal totalScore;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @ElementCollection
    @CollectionTable(name = "indicator_data", joinColumns = @JoinColumn(name = "task_id"))
    @MapKeyColumn(name = "indicator_id")
    private Map<Long, Figures> data = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "indicator_score", joinColumns = @JoinColumn(name = "task_id"))
    @MapKeyColumn(name = "indicator_id")
    private Map<Long, IndicatorScore> scores = new HashMap<>();

    @Version
    private long version;

    protected InspectionTask() {}

    InspectionTask(long planId, String cityCode, LocalDate visitFrom, LocalDate visitTo) {
        this(planId, cityCode, null, visitFrom, visitTo);
    }

    InspectionTask(long planId, String cityCode, Long organizationId, LocalDate visitFrom, LocalDate visitTo) {
        this.planId = planId;
        this.cityCode = cityCode;
        this.organizationId = organizationId;
        this.visitFrom = visitFrom;
        this.visitTo = visitTo;
    }

    void assignTeam(Role role, long lead, Set<Long> members, LocalDate from, LocalDate to) {
        status = TaskMove.ASSIGN_TEAM.checkedFrom(status, role, TaskMove.REFUSAL);
        if (from != null && to != null && from.isAfter(to)) {
            throw new TaskRejected("supervision.task.error.dates");
        }
        this.leadId = lead;
        this.memberIds.clear();
        this.memberIds.addAll(members);
        this.memberIds.remove(lead);
        this.visitFrom = from;
        this.visitTo = to;
    }

    /** The city's figures for quantitative indicators: part ≤ whole, whole > 0. */
    void submitData(Role role, Map<Long, Figures> figures) {
        status = TaskMove.SUBMIT_DATA.checkedFrom(status, role, TaskMove.REFUSAL);
        for (Figures f : figures.values()) {
            if (f.numerator() < 0 || f.denominator() <= 0 || f.numerator() > f.denominator()) {
                throw new TaskRejected("supervision.task.error.figures");
            }
        }
        data.putAll(figures);
    }

    void score(Role role, List<IndicatorView> indicators, Map<Long, IndicatorScore> given) {
        status = TaskMove.SCORE.checkedFrom(status, role, TaskMove.REFUSAL);
        for (IndicatorView indicator : indicators) {
            IndicatorScore s = given.get(indicator.id());
            if (s != null && (s.score().signum() < 0 || s.score().compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new TaskRejected("supervision.task.error.scoreRange", indicator.name());
            }
        }
        given.forEach((id, s) -> {
            if (s != null) {
                scores.put(id, s);
            }
        });
    }

    /** Submits the report: every indicator scored; the total is the weighted mean (0–100) and sets the grade. */
    TaskStatus report(Role role, List<IndicatorView> indicators, String summary, Instant now) {
        TaskStatus to = TaskMove.REPORT.checkedFrom(status, role, TaskMove.REFUSAL);
        if (summary == null || summary.isBlank()) {
            throw new TaskRejected("supervision.task.error.summary");
        }
        for (IndicatorView indicator : indicators) {
            if (!scores.containsKey(indicator.id())) {
                throw new TaskRejected("supervision.task.error.unscored", indicator.name());
            }
        }
        totalScore = IndicatorScore.weightedTotal(indicators, scores);
        grade = Grade.of(totalScore);
        reportSummary = summary.strip();
        reportedAt = now;
        TaskStatus from = status;
        status = to;
        return from;
    }

    boolean isLead(long userId) {
        return leadId != null && leadId == userId;
    }

    boolean isOnTeam(long userId) {
        return isLead(userId) || memberIds.contains(userId);
    }

    Set<Long> team() {
        Set<Long> team = new HashSet<>(memberIds);
        if (leadId != null) {
            team.add(leadId);
        }
        return team;
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    String cityCode() {
        return cityCode;
    }

    Long organizationId() {
        return organizationId;
    }

    boolean inspectsSchool() {
        return organizationId != null;
    }

    TaskStatus status() {
        return status;
    }

    BigDecimal totalScore() {
        return totalScore;
    }

    Grade grade() {
        return grade;
    }

    Map<Long, Figures> data() {
        return data;
    }

    Map<Long, IndicatorScore> scores() {
        return scores;
    }

    Long leadId() {
        return leadId;
    }

    Set<Long> memberIds() {
        return memberIds;
    }

    LocalDate visitFrom() {
        return visitFrom;
    }

    LocalDate visitTo() {
        return visitTo;
    }

    String reportSummary() {
        return reportSummary;
    }

    long version() {
        return version;
    }

    boolean sameCity(String code) {
        return Objects.equals(cityCode, code);
    }
}

package cn.gov.hunan.chuyi.supervision.plan;

import cn.gov.hunan.chuyi.account.Role;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The year's supervision plan (督导计划). */
@Entity
@Table(name = "supervision_plan")
class Plan {

    /** What the plan inspects: every 市州, or chosen schools. */
    enum Scope {
        CITIES,
        SCHOOLS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year")
    private int year;

    private String topic;

    @Enumerated(EnumType.STRING)
    private Scope scope = Scope.CITIES;

    @ElementCollection
    @CollectionTable(name = "supervision_plan_school", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "organization_id")
    private Set<Long> schoolIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "visit_from")
    private LocalDate visitFrom;

    @Column(name = "visit_to")
    private LocalDate visitTo;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("sortOrder")
    private List<Indicator> indicators = new ArrayList<>();

    @Version
    private long version;

    protected Plan() {}

    Plan(
            int year,
            String topic,
            Scope scope,
            Set<Long> schoolIds,
            LocalDate visitFrom,
            LocalDate visitTo,
            List<Indicator> indicators) {
        if (scope == Scope.SCHOOLS && schoolIds.isEmpty()) {
            throw new PlanRejected("supervision.plan.error.noSchools");
        }
        this.year = year;
        this.topic = topic;
        this.scope = scope;
        if (scope == Scope.SCHOOLS) {
            this.schoolIds.addAll(schoolIds);
        }
        this.visitFrom = visitFrom;
        this.visitTo = visitTo;
        this.indicators.addAll(indicators);
    }

    /** Starts the plan; the table refuses anything but a draft and anyone but province staff. */
    PlanStatus activate(Role role) {
        PlanStatus to = PlanMove.ACTIVATE.checkedFrom(status, role, PlanMove.REFUSAL);
        if (indicators.isEmpty()) {
            throw new PlanRejected("supervision.plan.error.noIndicators");
        }
        PlanStatus from = status;
        status = to;
        return from;
    }

    /** Publishes the results; the service has checked that every task reported. */
    PlanStatus publish(Role role, Instant now) {
        PlanStatus to = PlanMove.PUBLISH.checkedFrom(status, role, PlanMove.REFUSAL);
        PlanStatus from = status;
        status = to;
        publishedAt = now;
        return from;
    }

    Long id() {
        return id;
    }

    int year() {
        return year;
    }

    Scope scope() {
        return scope;
    }

    Set<Long> schoolIds() {
        return schoolIds;
    }

    String topic() {
        return topic;
    }

    PlanStatus status() {
        return status;
    }

    LocalDate visitFrom() {
        return visitFrom;
    }

    LocalDate visitTo() {
        return visitTo;
    }

    List<Indicator> indicators() {
        return indicators;
    }

    long version() {
        return version;
    }

    PlanView toView() {
        return new PlanView(
                id,
                year,
                topic,
                scope.name(),
                schoolIds.size(),
                status,
                visitFrom,
                visitTo,
                indicators.stream().map(Indicator::toView).toList(),
                version);
    }
}

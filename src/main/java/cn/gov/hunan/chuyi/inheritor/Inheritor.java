package cn.gov.hunan.chuyi.inheritor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person nominated as a Chuyi spirit inheritor (精神传承人) by their school. */
@Entity
@Table(name = "inheritor")
class Inheritor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id")
    private long organizationId;

    private String name;

    private String position;

    private String achievements;

    @Enumerated(EnumType.STRING)
    private InheritorStatus status = InheritorStatus.NOMINATED;

    @Column(name = "recognised_year")
    private Integer recognisedYear;

    @Column(name = "decision_reason")
    private String decisionReason;

    private boolean demo;

    @Column(name = "nominated_by")
    private String nominatedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Inheritor() {}

    Inheritor(long organizationId, NominationForm form, String nominatedBy, Instant at) {
        this.organizationId = organizationId;
        this.name = form.getName().strip();
        this.position = form.getPosition().strip();
        this.achievements = form.getAchievements().strip();
        this.nominatedBy = nominatedBy;
        this.createdAt = at;
    }

    /**
     * Makes a move of the state machine; returns the state it left. A recognition needs its year, a decline or
     * a revocation its reason.
     */
    InheritorStatus move(InheritorStatus.Move move, Integer year, String reason) {
        if (!move.from.contains(status)) {
            throw new InheritorRuleException("inheritor.error.transition");
        }
        if (move.needsReason() && (reason == null || reason.isBlank())) {
            throw new InheritorRuleException("inheritor.error.reason");
        }
        if (move == InheritorStatus.Move.RECOGNISE) {
            if (year == null || year < 2000 || year > 2100) {
                throw new InheritorRuleException("inheritor.error.recognisedYear");
            }
            this.recognisedYear = year;
        }
        InheritorStatus from = status;
        this.status = move.to;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        return from;
    }

    long id() {
        return id;
    }

    long organizationId() {
        return organizationId;
    }

    InheritorStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    String name() {
        return name;
    }

    InheritorView toView(String organizationName, String cityCode) {
        return new InheritorView(id, organizationId, organizationName, cityCode, name, position, achievements, status,
                recognisedYear, decisionReason, demo, nominatedBy, version);
    }
}

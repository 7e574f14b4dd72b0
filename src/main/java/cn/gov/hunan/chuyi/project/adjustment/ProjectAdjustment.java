package cn.gov.hunan.chuyi.project.adjustment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dynamic adjustment of a project: the kind, the tiers, the meeting that decided it and why. */
@Entity
@Table(name = "project_adjustment")
class ProjectAdjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    @Enumerated(EnumType.STRING)
    private AdjustmentKind kind;

    @Column(name = "from_tier")
    private String fromTier;

    @Column(name = "to_tier")
    private String toTier;

    @Column(name = "meeting_name")
    private String meetingName;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    private String reason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ProjectAdjustment() {}

    ProjectAdjustment(
            long projectId,
            AdjustmentKind kind,
            String fromTier,
            String toTier,
            String meetingName,
            LocalDate meetingDate,
            String reason,
            String decidedBy,
            Instant decidedAt) {
        this.projectId = projectId;
        this.kind = kind;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.meetingName = meetingName;
        this.meetingDate = meetingDate;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    long projectId() {
        return projectId;
    }

    AdjustmentView toView() {
        return new AdjustmentView(id, projectId, kind, fromTier, toTier, meetingName, meetingDate, reason, decidedBy);
    }
}

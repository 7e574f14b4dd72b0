package cn.gov.hunan.chuyi.inheritor;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Text;
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
     * Makes a move as the table allows it for the role; returns the state it left. A recognition needs its year, a
     * decline or a revocation its reason.
     */
    InheritorStatus move(InheritorMove move, Role role, Integer year, String reason) {
        InheritorStatus to = move.checkedFrom(status, role, "inheritor.error.transition");
        if (move.needsReason() && Text.isBlank(reason)) {
            throw new InheritorRejected("inheritor.error.reason");
        }
        if (move == InheritorMove.RECOGNISE) {
            if (year == null || year < 2000 || year > 2100) {
                throw new InheritorRejected("inheritor.error.recognisedYear");
            }
            this.recognisedYear = year;
        }
        InheritorStatus from = status;
        this.status = to;
        this.decisionReason = Text.blankToNull(reason);
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
        return new InheritorView(
                id,
                organizationId,
                organizationName,
                cityCode,
                name,
                position,
                achievements,
                status,
                recognisedYear,
                decisionReason,
                demo,
                nominatedBy,
                version);
    }
}

package cn.gov.hunan.chuyi.thinktank;

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
import java.time.LocalDate;

/** One think-tank activity (智库活动): a lecture, a forum or a decision-support report. */
@Entity
@Table(name = "think_tank_activity")
class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private String title;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String speakers;

    private String place;

    private Integer attendance;

    private String summary;

    private boolean cancelled;

    @Column(name = "cancel_reason")
    private String cancelReason;

    private boolean demo;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Activity() {}

    Activity(String createdBy, Instant at) {
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /**
     * Takes the form's values. Attendance is a fact of the past: it cannot be given for a day still to come.
     */
    void fill(ActivityForm form, LocalDate today) {
        if (cancelled) {
            throw new ActivityRejected("thinktank.error.cancelled");
        }
        if (form.getAttendance() != null && form.getHeldOn().isAfter(today)) {
            throw new ActivityRejected("thinktank.error.attendanceFuture");
        }
        this.kind = form.getKind();
        this.title = form.getTitle().strip();
        this.heldOn = form.getHeldOn();
        this.speakers = Text.blankToNull(form.getSpeakers());
        this.place = Text.blankToNull(form.getPlace());
        this.attendance = form.getAttendance();
        this.summary = Text.blankToNull(form.getSummary());
    }

    /** Cancels the activity as the table allows it for the role, with a reason. */
    void cancel(Role role, String reason) {
        ActivityState to = ActivityMove.CANCEL.checkedFrom(state(), role, "thinktank.error.cancelled");
        if (Text.isBlank(reason)) {
            throw new ActivityRejected("thinktank.error.cancelReason");
        }
        this.cancelled = to == ActivityState.CANCELLED;
        this.cancelReason = reason.strip();
    }

    /** The activity's state; the table keeps it as the {@code cancelled} flag. */
    ActivityState state() {
        return cancelled ? ActivityState.CANCELLED : ActivityState.RECORDED;
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }

    boolean cancelled() {
        return cancelled;
    }

    ActivityView toView(LocalDate today) {
        return new ActivityView(
                id,
                kind,
                title,
                heldOn,
                speakers,
                place,
                attendance,
                summary,
                cancelled,
                cancelReason,
                demo,
                !heldOn.isBefore(today),
                version);
    }

    ActivityForm toForm() {
        var form = new ActivityForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setHeldOn(heldOn);
        form.setSpeakers(speakers);
        form.setPlace(place);
        form.setAttendance(attendance);
        form.setSummary(summary);
        form.setVersion(version);
        return form;
    }
}

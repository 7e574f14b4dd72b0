package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An interview (约谈) the province held with a city about its rectification, recorded on the city's task. */
@Entity
@Table(name = "supervision_interview")
class Interview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id")
    private long taskId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String participants;

    private String notes;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Interview() {}

    Interview(long taskId, LocalDate heldOn, String participants, String notes, String recordedBy, Instant at) {
        this.taskId = taskId;
        this.heldOn = heldOn;
        this.participants = participants;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    Long id() {
        return id;
    }

    boolean taskIdIs(long task) {
        return taskId == task;
    }

    InterviewView toView(List<EvidenceView> files) {
        return new InterviewView(id, heldOn, participants, notes, recordedBy, PortalTime.local(recordedAt), files);
    }
}

package cn.gov.hunan.chuyi.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An organisation's membership of a group, from the day it joined to the day it left (open while current). */
@Entity
@Table(name = "voc_group_member")
class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "left_reason")
    private String leftReason;

    protected GroupMember() {}

    GroupMember(long groupId, long organizationId, LocalDate joinedOn) {
        this.groupId = groupId;
        this.organizationId = organizationId;
        this.joinedOn = joinedOn;
    }

    /** Leaves the group; the day cannot be before the day it joined. */
    void leave(LocalDate on, String reason) {
        if (leftOn != null) {
            throw new GroupRejected("group.error.alreadyLeft");
        }
        if (on == null || on.isBefore(joinedOn)) {
            throw new GroupRejected("group.error.leftBeforeJoined");
        }
        if (reason == null || reason.isBlank()) {
            throw new GroupRejected("group.error.leftReason");
        }
        this.leftOn = on;
        this.leftReason = reason.strip();
    }

    boolean current() {
        return leftOn == null;
    }

    long id() {
        return id;
    }

    long groupId() {
        return groupId;
    }

    long organizationId() {
        return organizationId;
    }

    LocalDate joinedOn() {
        return joinedOn;
    }

    LocalDate leftOn() {
        return leftOn;
    }

    String leftReason() {
        return leftReason;
    }
}

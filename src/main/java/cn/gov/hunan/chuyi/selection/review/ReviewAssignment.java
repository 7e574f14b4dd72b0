package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.selection.round.Criterion;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One expert's review of one nomination (评审任务), with a score per criterion. */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment {

    public enum Status {
        /** 待评审 (scores may be saved as a draft) */
        ASSIGNED,
        /** 已提交: locked */
        SUBMITTED,
        /** 已申请回避: the expert declared a conflict of interest */
        CONFLICT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id")
    private long nominationId;

    @Column(name = "expert_id")
    private long expertId;

    @Enumerated(EnumType.STRING)
    private Status status = Status.ASSIGNED;

    @Column(name = "conflict_reason")
    private String conflictReason;

    private BigDecimal total;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @ElementCollection
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "assignment_id"))
    @MapKeyColumn(name = "criterion_id")
    private Map<Long, Score> scores = new HashMap<>();

    @Version
    private long version;

    protected ReviewAssignment() {}

    ReviewAssignment(long nominationId, long expertId, Instant at) {
        this.nominationId = nominationId;
        this.expertId = expertId;
        this.assignedAt = at;
    }

    /**
     * Records the scores. A draft may leave criteria empty; a submission needs every one, each between 0
     * and its maximum, and then locks the review.
     */
    void score(List<Criterion> criteria, Map<Long, Score> given, boolean submit, Instant now) {
        if (status != Status.ASSIGNED) {
            throw new ReviewRejected("selection.review.error.locked");
        }
        for (Criterion criterion : criteria) {
            Score score = given.get(criterion.id());
            BigDecimal value = score == null ? null : score.value();
            if (value != null && (value.signum() < 0 || value.compareTo(criterion.maxScore()) > 0)) {
                throw new ReviewRejected(
                        "selection.review.error.range",
                        criterion.toLine().name(),
                        criterion.maxScore().stripTrailingZeros().toPlainString());
            }
            if (submit && value == null) {
                throw new ReviewRejected(
                        "selection.review.error.missing", criterion.toLine().name());
            }
        }
        scores.clear();
        given.forEach((criterionId, score) -> {
            if (criteria.stream().anyMatch(c -> c.id().equals(criterionId))) {
                scores.put(criterionId, score);
            }
        });
        if (submit) {
            total = criteria.stream()
                    .map(c -> scores.get(c.id()).value().multiply(c.weight()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            status = Status.SUBMITTED;
            submittedAt = now;
        }
    }

    void declareConflict(String reason) {
        if (status != Status.ASSIGNED) {
            throw new ReviewRejected("selection.review.error.locked");
        }
        if (reason == null || reason.isBlank()) {
            throw new ReviewRejected("selection.review.error.conflictReason");
        }
        status = Status.CONFLICT;
        conflictReason = reason.strip();
    }

    Long id() {
        return id;
    }

    long nominationId() {
        return nominationId;
    }

    public long expertId() {
        return expertId;
    }

    public Status status() {
        return status;
    }

    BigDecimal total() {
        return total;
    }

    Map<Long, Score> scores() {
        return scores;
    }

    String conflictReason() {
        return conflictReason;
    }

    long version() {
        return version;
    }
}

package cn.gov.hunan.chuyi.supervision.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A problem the issued 意见书 lists, with the deadline the document set (the finding's own may move later). */
@Entity
@Table(name = "supervision_opinion_item")
class OpinionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opinion_id")
    private long opinionId;

    @Column(name = "finding_id")
    private long findingId;

    @Column(name = "sort_order")
    private int sortOrder;

    private LocalDate deadline;

    protected OpinionItem() {}

    OpinionItem(long opinionId, long findingId, int sortOrder, LocalDate deadline) {
        this.opinionId = opinionId;
        this.findingId = findingId;
        this.sortOrder = sortOrder;
        this.deadline = deadline;
    }

    long findingId() {
        return findingId;
    }

    LocalDate deadline() {
        return deadline;
    }
}

package cn.gov.hunan.chuyi.selection.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The document numbers of a round: the two columns of {@code selection_round} this package owns, mapped on their own
 * so that the round's aggregate stays as it is. The round's version guards both: a number set while someone edits the
 * round makes that edit stale, and the reverse.
 */
@Entity
@Table(name = "selection_round")
class RoundNumbers {

    @Id
    private Long id;

    @Column(name = "notice_number")
    private String noticeNumber;

    @Column(name = "designation_number")
    private String designationNumber;

    @Version
    private long version;

    protected RoundNumbers() {}

    long id() {
        return id;
    }

    String noticeNumber() {
        return noticeNumber;
    }

    String designationNumber() {
        return designationNumber;
    }

    long version() {
        return version;
    }

    void set(String notice, String designation) {
        this.noticeNumber = notice;
        this.designationNumber = designation;
    }
}

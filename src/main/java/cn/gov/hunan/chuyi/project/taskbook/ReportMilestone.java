package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.project.ReportMilestones.MilestoneLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The progress of one task-book milestone recorded in an annual report (title and due date kept as recorded). */
@Entity
@Table(name = "annual_report_milestone")
class ReportMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private long reportId;

    @Column(name = "milestone_no")
    private int milestoneNo;

    private String title;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private MilestoneProgress progress;

    private String note;

    @Version
    private long version;

    protected ReportMilestone() {}

    ReportMilestone(long reportId, int no, String title, LocalDate dueDate, MilestoneProgress progress, String note) {
        this.reportId = reportId;
        this.milestoneNo = no;
        this.title = title;
        this.dueDate = dueDate;
        this.progress = progress;
        this.note = note;
    }

    /** Records another progress against the milestone as the task book now names it. */
    void record(String title, LocalDate dueDate, MilestoneProgress progress, String note) {
        this.title = title;
        this.dueDate = dueDate;
        this.progress = progress;
        this.note = note;
    }

    long version() {
        return version;
    }

    int no() {
        return milestoneNo;
    }

    String title() {
        return title;
    }

    MilestoneLine toLine() {
        return new MilestoneLine(milestoneNo, title, dueDate, progress.name(), note, version);
    }
}

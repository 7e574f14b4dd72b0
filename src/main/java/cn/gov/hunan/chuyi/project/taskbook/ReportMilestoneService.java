package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.ReportMilestones;
import cn.gov.hunan.chuyi.project.ReportService;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.Milestone;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Versions;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestone progress in annual reports: the report lists the approved task book's milestones due up to the end of its
 * year (earlier years' included, so that a late milestone stays in sight), and the school records for each a progress
 * and a short note while the report is its to edit. Once recorded, a line keeps the title and date it was recorded
 * against, whatever later versions of the task book say. Each recorded line has a version: the form posts the one it
 * showed ({@code version_<no>}), and a line someone else recorded meanwhile refuses the whole save ({@link Versions}).
 */
@Service
@Transactional(readOnly = true)
class ReportMilestoneService implements ReportMilestones {

    static final int NOTE_MAX = 200;

    /** The unique key of a report's milestone line (V185). */
    private static final String LINE_KEY = "annual_report_milestone_report_no_uq";

    private static final Logger LOG = LoggerFactory.getLogger(ReportMilestoneService.class);

    private final TaskBookRepository books;
    private final ReportMilestoneRepository recorded;
    private final ReportService reports;

    ReportMilestoneService(TaskBookRepository books, ReportMilestoneRepository recorded, ReportService reports) {
        this.books = books;
        this.recorded = recorded;
        this.reports = reports;
    }

    @Override
    public List<MilestoneLine> of(long projectId, long reportId, int year) {
        Map<Integer, ReportMilestone> saved = new HashMap<>();
        for (ReportMilestone m : recorded.findByReportIdOrderByMilestoneNo(reportId)) {
            saved.put(m.no(), m);
        }
        List<MilestoneLine> lines = new ArrayList<>();
        List<Milestone> planned = planned(projectId, year);
        for (int no = 0; no < planned.size(); no++) {
            Milestone m = planned.get(no);
            ReportMilestone s = saved.get(no);
            if (s != null && s.title().equals(m.title())) {
                lines.add(s.toLine());
                saved.remove(no);
            } else {
                // a save overwrites what is recorded at this position: the form carries its version
                lines.add(new MilestoneLine(no, m.title(), m.dueDate(), null, null, s == null ? null : s.version()));
            }
        }
        // recorded against an earlier version of the task book: kept as recorded
        saved.values().stream()
                .sorted((a, b) -> Integer.compare(a.no(), b.no()))
                .forEach(s -> lines.add(s.toLine()));
        return lines;
    }

    @Override
    public List<String> progresses() {
        return Arrays.stream(MilestoneProgress.values()).map(Enum::name).toList();
    }

    /** Records the progress of every listed milestone ({@code progress_<no>}, {@code note_<no>}). */
    @Transactional
    public void record(long projectId, long reportId, Map<String, String> params, PortalUser school) {
        var page = reports.page(reportId, school);
        if (page.project().id() != projectId || !page.ownSchool()) {
            throw new NotFoundException("report", reportId);
        }
        if (!page.mayEdit()) {
            throw new TaskBookRejected("taskbook.progress.error.readOnly");
        }
        List<Milestone> planned = planned(projectId, page.report().year());
        if (planned.isEmpty()) {
            throw new TaskBookRejected("taskbook.progress.error.none");
        }
        List<MilestoneProgress> progresses = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int no = 0; no < planned.size(); no++) {
            MilestoneProgress progress = MilestoneProgress.parse(params.get("progress_" + no));
            if (progress == null) {
                throw (TaskBookRejected) new TaskBookRejected("taskbook.progress.error.progress").at("progress_" + no);
            }
            String note = params.getOrDefault("note_" + no, "").strip();
            if (note.length() > NOTE_MAX) {
                throw (TaskBookRejected) new TaskBookRejected("taskbook.progress.error.note").at("note_" + no);
            }
            progresses.add(progress);
            notes.add(note.isEmpty() ? null : note);
        }
        Map<Integer, ReportMilestone> saved = new HashMap<>();
        for (ReportMilestone m : recorded.findByReportIdOrderByMilestoneNo(reportId)) {
            saved.put(m.no(), m);
        }
        for (int no = 0; no < planned.size(); no++) {
            Milestone m = planned.get(no);
            ReportMilestone line = saved.remove(no);
            if (line == null) {
                recordFirst(
                        reportId,
                        new ReportMilestone(reportId, no, m.title(), m.dueDate(), progresses.get(no), notes.get(no)));
            } else {
                // the version the form showed for this line: none (or not a number) when it showed nothing recorded
                Versions.expect(
                        line.version(),
                        seen(params.get("version_" + no)),
                        "milestone " + no + " of report " + reportId);
                line.record(m.title(), m.dueDate(), progresses.get(no), notes.get(no));
            }
        }
        // recorded against an earlier version of the task book, beyond the milestones listed now: removed, as before
        recorded.deleteAll(saved.values());
    }

    /**
     * The first progress recorded for a line. Two people saving the same report's first progress at once both find
     * nothing recorded; the second one's insert then meets the first one's line, and is refused as any save over a
     * line recorded meanwhile (it was a server error).
     */
    private void recordFirst(long reportId, ReportMilestone first) {
        try {
            recorded.saveAndFlush(first);
        } catch (DataIntegrityViolationException refused) {
            if (!isTheLineKey(refused)) {
                throw refused; // another rule of the table: a fault, not a race
            }
            LOG.info("milestone {} of report {} recorded meanwhile by someone else", first.no(), reportId);
            throw new OptimisticLockException(
                    "milestone " + first.no() + " of report " + reportId + " recorded meanwhile by someone else");
        }
    }

    /** Whether the database refused a second line for the same report and milestone (its unique key). */
    private static boolean isTheLineKey(Throwable refused) {
        for (Throwable t = refused; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(LINE_KEY)) {
                return true;
            }
        }
        return false;
    }

    private static long seen(String posted) {
        try {
            return posted == null || posted.isBlank() ? -1 : Long.parseLong(posted.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The current approved task book's milestones due by the end of the year, in its order. */
    private List<Milestone> planned(long projectId, int year) {
        return books.findFirstByProjectIdAndStatusOrderByVersionNoDesc(projectId, TaskBookStatus.APPROVED)
                .map(b -> b.content().milestones().stream()
                        .filter(m -> m.dueDate() != null && m.dueDate().getYear() <= year)
                        .toList())
                .orElse(List.of());
    }
}

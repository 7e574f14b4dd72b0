package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A city's rectification on its task (issue 16): the rectification report (整改报告) its officers file by the
 * deadline, with files, which the province and the team read; and the interviews (约谈) the province records with
 * the city. Province staff, the task's inspectors and the city's officers see it; anyone else gets "not found".
 */
@Service
@Transactional(readOnly = true)
public class CityRectificationService {

    static final int NARRATIVE_LIMIT = 8000;

    private final TaskService tasks;
    private final FindingAccess access;
    private final RectificationReportRepository reports;
    private final InterviewRepository interviews;
    private final RectificationFileRepository files;
    private final Rectifications rectifications;
    private final AttachmentStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CityRectificationService(
            TaskService tasks,
            FindingAccess access,
            RectificationReportRepository reports,
            InterviewRepository interviews,
            RectificationFileRepository files,
            Rectifications rectifications,
            AttachmentStore store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.reports = reports;
        this.interviews = interviews;
        this.files = files;
        this.rectifications = rectifications;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public CityRectificationPage page(long taskId, PortalUser viewer) {
        TaskView task = visible(taskId, viewer);
        ReportView report = reports.findByTaskId(taskId)
                .map(r -> r.toView(
                        filesOf(RectificationFile.REPORT, List.of(r.id())).getOrDefault(r.id(), List.of())))
                .orElse(null);
        List<Interview> held = interviews.findByTaskIdOrderByHeldOnDescIdDesc(taskId);
        Map<Long, List<EvidenceView>> heldFiles = filesOf(
                RectificationFile.INTERVIEW, held.stream().map(Interview::id).toList());
        var outstanding = rectifications.outstanding(List.of(taskId)).get(taskId);
        long all = rectifications.countOf(taskId);
        return new CityRectificationPage(
                task,
                report,
                held.stream()
                        .map(i -> i.toView(heldFiles.getOrDefault(i.id(), List.of())))
                        .toList(),
                outstanding.open(),
                outstanding.overdue(),
                all - outstanding.open(),
                isCityOf(viewer, task),
                viewer.has(Role.PROVINCE_ADMIN));
    }

    /** The city's officers file the report (or revise it: the narrative is replaced, files are added). */
    @Transactional
    public void fileReport(long taskId, String narrative, List<MultipartFile> uploads, PortalUser city) {
        TaskView task = visible(taskId, city);
        if (!isCityOf(city, task)) {
            throw new NotFoundException("task", taskId);
        }
        String text = Text.blankToNull(narrative);
        if (text == null || text.length() > NARRATIVE_LIMIT) {
            throw new FindingRejected("supervision.report.error.narrative", NARRATIVE_LIMIT).at("narrative");
        }
        RectificationReport report = reports.findByTaskId(taskId).orElseGet(() -> new RectificationReport(taskId));
        report.file(text, city.getUsername(), clock.instant());
        report = reports.save(report);
        store(RectificationFile.REPORT, report.id(), uploads, city);
        List<Long> overseers = new ArrayList<>(task.team());
        events.publishEvent(new PortalNotice(
                overseers,
                "notification.supervision.reportFiled",
                "/supervision/tasks/" + taskId + "/rectification",
                task.cityName()));
    }

    /** Province staff record an interview with the city: date, participants, notes, files. */
    @Transactional
    public void recordInterview(
            long taskId,
            LocalDate heldOn,
            String participants,
            String notes,
            List<MultipartFile> uploads,
            PortalUser province) {
        visible(taskId, province);
        if (!province.has(Role.PROVINCE_ADMIN)) {
            throw new NotFoundException("task", taskId);
        }
        if (heldOn == null || heldOn.isAfter(LocalDate.now(clock))) {
            throw new FindingRejected("supervision.interview.error.date").at("heldOn");
        }
        String who = Text.blankToNull(participants);
        if (who == null || who.length() > 1000) {
            throw new FindingRejected("supervision.interview.error.participants").at("participants");
        }
        String what = Text.blankToNull(notes);
        if (what == null || what.length() > 4000) {
            throw new FindingRejected("supervision.interview.error.notes").at("notes");
        }
        Interview interview =
                interviews.save(new Interview(taskId, heldOn, who, what, province.getUsername(), clock.instant()));
        store(RectificationFile.INTERVIEW, interview.id(), uploads, province);
    }

    /** A report's or an interview's file, for someone who may see the city's rectification. */
    public FindingService.Evidence download(long taskId, long fileId, PortalUser viewer) {
        visible(taskId, viewer);
        RectificationFile file = files.findById(fileId)
                .filter(f -> belongsTo(f, taskId))
                .orElseThrow(() -> new NotFoundException("rectification file", fileId));
        return new FindingService.Evidence(
                file.file().originalName(),
                file.file().contentType(),
                store.open(file.file().storageKey()));
    }

    private boolean belongsTo(RectificationFile file, long taskId) {
        if (RectificationFile.REPORT.equals(file.ownerType())) {
            return reports.findById(file.ownerId())
                    .filter(r -> r.taskIdIs(taskId))
                    .isPresent();
        }
        return interviews
                .findById(file.ownerId())
                .filter(i -> i.taskIdIs(taskId))
                .isPresent();
    }

    private void store(String ownerType, long ownerId, List<MultipartFile> uploads, PortalUser by) {
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            if (AttachmentStore.chosen(upload)) {
                files.save(new RectificationFile(
                        ownerType, ownerId, store.store(upload), by.getUsername(), clock.instant()));
            }
        }
    }

    private Map<Long, List<EvidenceView>> filesOf(String ownerType, List<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return files.findByOwnerTypeAndOwnerIdInOrderById(ownerType, ownerIds).stream()
                .collect(Collectors.groupingBy(
                        RectificationFile::ownerId,
                        Collectors.mapping(RectificationFile::toView, Collectors.toList())));
    }

    /** The task, if the viewer oversees it or is an officer of its city; else "not found". */
    private TaskView visible(long taskId, PortalUser viewer) {
        TaskView task = tasks.byId(List.of(taskId)).get(taskId);
        if (task == null || !access.maySeeCityRectification(viewer, task)) {
            throw new NotFoundException("task", taskId);
        }
        return task;
    }

    private static boolean isCityOf(PortalUser viewer, TaskView task) {
        return viewer.has(Role.CITY_OFFICER) && Objects.equals(viewer.cityCode(), task.cityCode());
    }
}

package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.project.ProjectService;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Change requests (项目变更): the school asks to change its approved task book — leader, content or targets, period —
 * with a reason and files; the department approves, which opens the task book's next version as a draft copy for the
 * school to change and submit (the department then approves that version as any other), or refuses with a comment.
 * Every request and decision is a line of the project's history.
 */
@Service
@Transactional(readOnly = true)
public class ChangeRequestService {

    /** The most requests the department's list shows at once. */
    static final int LIST_LIMIT = 200;

    private final ChangeRequestRepository requests;
    private final ChangeRequestFileRepository files;
    private final TaskBookRepository books;
    private final TaskBookService taskBooks;
    private final ProjectService projects;
    private final AttachmentStore store;
    private final Clock clock;

    ChangeRequestService(
            ChangeRequestRepository requests,
            ChangeRequestFileRepository files,
            TaskBookRepository books,
            TaskBookService taskBooks,
            ProjectService projects,
            AttachmentStore store,
            Clock clock) {
        this.requests = requests;
        this.files = files;
        this.books = books;
        this.taskBooks = taskBooks;
        this.projects = projects;
        this.store = store;
        this.clock = clock;
    }

    /** Whether the school may file a request: an approved version is the latest, and no request is open. */
    boolean mayRequest(ProjectView project, List<TaskBook> versions) {
        return project.status().running()
                && !versions.isEmpty()
                && versions.get(0).status() == TaskBookStatus.APPROVED
                && !requests.existsByProjectIdAndStatus(project.id(), ChangeRequestStatus.SUBMITTED);
    }

    @Transactional
    public long file(long projectId, ChangeKind kind, String reason, List<MultipartFile> uploads, PortalUser school) {
        ProjectView project = projects.get(projectId, school);
        if (!TaskBookService.isOwnSchool(school, project)) {
            throw new NotFoundException("project", projectId);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "taskbook.change.error.kind");
        }
        if (Text.isBlank(reason)) {
            problems.put("reason", "taskbook.change.error.reason");
        } else if (reason.strip().length() > 2000) {
            problems.put("reason", "taskbook.error.tooLong");
        }
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw (TaskBookRejected) new TaskBookRejected(first.getValue(), problems).at(first.getKey());
        }
        List<TaskBook> versions = books.findByProjectIdOrderByVersionNoDesc(projectId);
        if (!mayRequest(project, versions)) {
            throw new TaskBookRejected("taskbook.change.error.notNow");
        }
        ChangeRequest request = requests.save(new ChangeRequest(
                projectId, versions.get(0).id(), kind, reason.strip(), school.getUsername(), clock.instant()));
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            if (AttachmentStore.chosen(upload)) {
                files.save(new ChangeRequestFile(
                        request.id(), store.store(upload), school.getUsername(), clock.instant()));
            }
        }
        taskBooks.record(project, school, "taskbook.history.changeRequested." + kind.name(), request.id());
        return request.id();
    }

    /** The department approves (the task book's next version opens as a draft) or refuses with a comment. */
    @Transactional
    public void decide(long requestId, boolean approve, String comment, PortalUser admin) {
        ChangeRequest request =
                requests.findById(requestId).orElseThrow(() -> new NotFoundException("changeRequest", requestId));
        ProjectView project = projects.get(request.projectId(), admin);
        ChangeRequestMove move = approve ? ChangeRequestMove.APPROVE : ChangeRequestMove.REFUSE;
        request.decide(move, TaskBookService.as(admin, move), comment, admin.getUsername(), clock.instant());
        if (approve) {
            TaskBook next = taskBooks.openNextVersion(project.id(), request.id());
            taskBooks.record(project, admin, "taskbook.history.changeApproved", request.id(), next.versionNo());
        } else {
            taskBooks.record(project, admin, "taskbook.history.changeRefused", request.id(), comment.strip());
        }
    }

    /** A project's requests, latest first, with their files (two statements). */
    List<ChangeRequestLine> of(ProjectView project) {
        return lines(requests.findByProjectIdOrderByRequestedAtDescIdDesc(project.id()), Map.of(project.id(), project));
    }

    /** The department's list: the open requests first (oldest first), then the decided ones (latest first). */
    public List<ChangeRequestLine> list(PortalUser admin) {
        var open = requests.findByStatusOrderByRequestedAtAscIdAsc(
                ChangeRequestStatus.SUBMITTED, PageRequest.of(0, LIST_LIMIT));
        var all = requests.findByOrderByRequestedAtDescIdDesc(PageRequest.of(0, LIST_LIMIT));
        var ordered = new ArrayList<>(open);
        all.stream().filter(r -> !r.status().open()).forEach(ordered::add);
        var ids = ordered.stream().map(ChangeRequest::projectId).distinct().toList();
        Map<Long, ProjectView> byId = projects.all(null, null, null, admin).stream()
                .filter(p -> ids.contains(p.id()))
                .collect(Collectors.toMap(ProjectView::id, Function.identity()));
        return lines(ordered, byId);
    }

    private List<ChangeRequestLine> lines(List<ChangeRequest> found, Map<Long, ProjectView> projectsById) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ChangeRequestLine.FileLine>> filesOf =
                files
                        .findByRequestIdInOrderById(
                                found.stream().map(ChangeRequest::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                ChangeRequestFile::requestId,
                                Collectors.mapping(
                                        f -> new ChangeRequestLine.FileLine(
                                                f.id(),
                                                f.file().originalName(),
                                                f.file().sizeBytes()),
                                        Collectors.toList())));
        return found.stream()
                .filter(r -> projectsById.containsKey(r.projectId()))
                .map(r -> {
                    var l = r.toLine();
                    ProjectView p = projectsById.get(r.projectId());
                    return new ChangeRequestLine(
                            l.id(),
                            l.projectId(),
                            p.title(),
                            p.organizationName(),
                            l.kind(),
                            l.reason(),
                            l.status(),
                            l.requestedBy(),
                            l.requestedAt(),
                            l.decisionComment(),
                            l.decidedBy(),
                            l.decidedAt(),
                            filesOf.getOrDefault(r.id(), List.of()));
                })
                .toList();
    }

    /** A request's file, for someone who may see the project. */
    public Download download(long projectId, long requestId, long fileId, PortalUser viewer) {
        projects.get(projectId, viewer);
        ChangeRequest request = requests.findById(requestId)
                .filter(r -> r.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("changeRequest", requestId));
        ChangeRequestFile file = files.findById(fileId)
                .filter(f -> f.requestId() == request.id())
                .orElseThrow(() -> new NotFoundException("file", fileId));
        return new Download(
                file.file().originalName(),
                file.file().contentType(),
                store.open(file.file().storageKey()));
    }

    /** A file and its bytes. */
    public record Download(String name, String contentType, Resource content) {}
}

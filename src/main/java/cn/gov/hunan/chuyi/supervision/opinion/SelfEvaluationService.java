package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.shared.Versions;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory.Subject;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** The inspected body's self-evaluation report (自评报告) on its task, before the visit. */
@Service
@Transactional(readOnly = true)
public class SelfEvaluationService {

    private final SelfEvaluationRepository evaluations;
    private final SelfEvaluationFileRepository files;
    private final TaskService tasks;
    private final PlanService plans;
    private final ProcedureAccess access;
    private final SupervisionHistory history;
    private final AttachmentStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfEvaluationService(
            SelfEvaluationRepository evaluations,
            SelfEvaluationFileRepository files,
            TaskService tasks,
            PlanService plans,
            ProcedureAccess access,
            SupervisionHistory history,
            AttachmentStore store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.evaluations = evaluations;
        this.files = files;
        this.tasks = tasks;
        this.plans = plans;
        this.access = access;
        this.history = history;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The page for anyone who may see the task; a draft is shown to the inspected body only. */
    public SelfEvaluationPage page(long taskId, PortalUser viewer) {
        TaskView task = tasks.task(taskId, viewer);
        SelfEvaluation found = evaluations.findByTaskId(taskId).orElse(null);
        boolean body = ProcedureAccess.isInspectedBody(viewer, task);
        boolean readable = found != null && (body || found.status() == SelfEvaluationStatus.SUBMITTED);
        boolean open = body && ProcedureAccess.beforeVisit(task) && SelfEvaluationMove.SAVE.madeAs(viewer) != null;
        boolean mayEdit = open && (found == null || SelfEvaluationMove.SAVE.allowedFrom(found.status()));
        boolean maySubmit = open && (found == null || SelfEvaluationMove.SUBMIT.allowedFrom(found.status()));
        return new SelfEvaluationPage(
                task,
                plans.plan(task.planId()),
                readable ? found.toView() : null,
                readable
                        ? files.findBySelfEvaluationIdOrderById(found.id()).stream()
                                .map(SelfEvaluationFile::toView)
                                .toList()
                        : List.of(),
                found != null && found.status() == SelfEvaluationStatus.SUBMITTED,
                mayEdit,
                maySubmit);
    }

    /**
     * Saves the draft (text and an optional file) and, when {@code submit}, submits it: only with {@code confirmed}
     * (the form's checkbox: an upload form cannot go through the confirmation page), after which nothing changes.
     */
    @Transactional
    public void save(
            long taskId,
            String narrative,
            MultipartFile file,
            Long expectedVersion,
            boolean submit,
            boolean confirmed,
            PortalUser body) {
        TaskView task = tasks.task(taskId, body);
        if (!ProcedureAccess.isInspectedBody(body, task)) {
            throw new OpinionRejected("supervision.selfEvaluation.error.notBody");
        }
        if (!ProcedureAccess.beforeVisit(task)) {
            throw new OpinionRejected("supervision.selfEvaluation.error.closed");
        }
        SelfEvaluation evaluation = evaluations.findByTaskId(taskId).orElseGet(() -> new SelfEvaluation(taskId));
        if (expectedVersion != null && evaluation.id() != null) {
            Versions.expect(evaluation.version(), expectedVersion, "self-evaluation");
        }
        Instant now = clock.instant();
        evaluation.save(SelfEvaluationMove.SAVE.madeAs(body), Text.blankToNull(narrative), body.getUsername(), now);
        evaluation = evaluations.save(evaluation);
        if (AttachmentStore.chosen(file)) {
            files.save(new SelfEvaluationFile(evaluation.id(), store.store(file), body.getUsername(), now));
        }
        if (!submit) {
            return;
        }
        if (!confirmed) {
            throw new OpinionRejected("supervision.selfEvaluation.error.confirm").at("confirmed");
        }
        evaluation.submit(SelfEvaluationMove.SUBMIT.madeAs(body), body.getUsername(), now);
        history.record(
                Subject.TASK,
                taskId,
                task.status(),
                task.status(),
                body.getUsername(),
                HistoryReason.key("supervision.history.selfEvaluated"));
        List<Long> readers = new ArrayList<>(task.team());
        readers.addAll(access.provinceStaff());
        events.publishEvent(new PortalNotice(
                readers,
                "notification.supervision.selfEvaluated",
                "/supervision/tasks/" + taskId + "/self-evaluation",
                task.subjectName()));
    }

    /** A file of a report the viewer may read. */
    public Download download(long taskId, long fileId, PortalUser viewer) {
        SelfEvaluationPage page = page(taskId, viewer);
        if (page.evaluation() == null) {
            throw new NotFoundException("self-evaluation file", fileId);
        }
        SelfEvaluationFile file = files.findById(fileId)
                .filter(f -> f.selfEvaluationId() == page.evaluation().id())
                .orElseThrow(() -> new NotFoundException("self-evaluation file", fileId));
        return new Download(
                file.file().originalName(),
                file.file().contentType(),
                store.open(file.file().storageKey()));
    }

    /** A file and its bytes. */
    public record Download(String name, String contentType, Resource content) {}
}

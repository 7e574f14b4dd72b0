package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.project.ProjectLife;
import cn.gov.hunan.chuyi.project.ProjectService;
import cn.gov.hunan.chuyi.project.ProjectStatus;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.project.ReportService;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evaluations of designated projects (中期评估, 验收): the department records the grade, the panel's conclusion, the
 * date and files; the grade makes the move of the project's table (warning, exit …) in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    private final ProjectService projects;
    private final ProjectLife life;
    private final EvaluationRepository evaluations;
    private final EvaluationFileRepository files;
    private final AttachmentStore store;
    private final Clock clock;

    EvaluationService(
            ProjectService projects,
            ProjectLife life,
            EvaluationRepository evaluations,
            EvaluationFileRepository files,
            AttachmentStore store,
            Clock clock) {
        this.projects = projects;
        this.life = life;
        this.evaluations = evaluations;
        this.files = files;
        this.store = store;
        this.clock = clock;
    }

    /** What the evaluation form posts. */
    public record EvaluationForm(String grade, String conclusion, LocalDate date, LocalDate rectifyBy) {}

    /**
     * Records an evaluation of a project the admin may see: the grade must be one the project's state is due
     * (mid-term, the evaluation after a warning, or acceptance); it is irreversible, so the form's confirmation box
     * must be ticked. Returns the evaluation's id.
     */
    @Transactional
    public long record(
            long projectId,
            EvaluationForm form,
            List<MultipartFile> uploads,
            long expectedVersion,
            boolean confirmed,
            PortalUser admin) {
        ProjectView project = projects.get(projectId, admin);
        Grade grade = parse(form.grade());
        if (Text.isBlank(form.conclusion())) {
            throw new EvaluationRejected("evaluation.error.conclusion").at("conclusion");
        }
        if (form.date() == null) {
            throw new EvaluationRejected("evaluation.error.date").at("date");
        }
        var move = grade.moveFrom(project.status())
                .orElseThrow(() -> new EvaluationRejected("evaluation.error.notDue").at("grade"));
        if (!confirmed) {
            throw new EvaluationRejected("evaluation.error.confirm").at("confirmed");
        }
        var moved = life.evaluate(
                projectId, move, form.conclusion(), form.date(), form.rectifyBy(), expectedVersion, admin);
        var evaluation = evaluations.save(new ProjectEvaluation(
                projectId,
                grade,
                form.conclusion().strip(),
                form.date(),
                moved.to() == ProjectStatus.ON_WARNING ? form.rectifyBy() : null,
                moved.from(),
                moved.to(),
                admin.getUsername(),
                clock.instant()));
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            if (AttachmentStore.chosen(upload)) {
                files.save(
                        new EvaluationFile(evaluation.id(), store.store(upload), admin.getUsername(), clock.instant()));
            }
        }
        return evaluation.id();
    }

    /** A project's evaluations, newest first, with their files (two statements). */
    public List<EvaluationView> of(long projectId) {
        return withFiles(evaluations.findByProjectIdOrderByEvaluatedOnDescIdDesc(projectId));
    }

    /** The evaluations of the viewer's slice of the register, for the export (four statements whatever the rows). */
    public List<EvaluationView> all(Collection<Long> projectIds) {
        return projectIds.isEmpty()
                ? List.of()
                : withFiles(evaluations.findByProjectIdInOrderByEvaluatedOnAscIdAsc(projectIds));
    }

    /** An evaluation's file, for someone who may see the project. */
    public ReportService.Download download(long projectId, long evaluationId, long fileId, PortalUser viewer) {
        projects.get(projectId, viewer);
        var evaluation = evaluations
                .findById(evaluationId)
                .filter(e -> e.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
        var file = files.findById(fileId)
                .filter(f -> f.evaluationId() == evaluation.id())
                .orElseThrow(() -> new NotFoundException("file", fileId));
        return new ReportService.Download(
                file.file().originalName(),
                file.file().contentType(),
                store.open(file.file().storageKey()));
    }

    private List<EvaluationView> withFiles(List<ProjectEvaluation> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var byEvaluation =
                files
                        .findByEvaluationIdInOrderByIdAsc(
                                found.stream().map(ProjectEvaluation::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                EvaluationFile::evaluationId,
                                Collectors.mapping(
                                        f -> new EvaluationView.File(
                                                f.id(),
                                                f.file().originalName(),
                                                f.file().sizeBytes()),
                                        Collectors.toList())));
        return found.stream()
                .map(e -> e.toView(byEvaluation.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static Grade parse(String grade) {
        try {
            return Grade.valueOf(grade == null ? "" : grade.strip());
        } catch (IllegalArgumentException e) {
            throw new EvaluationRejected("evaluation.error.grade").at("grade");
        }
    }
}

package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.imports.ImportKind;
import cn.gov.hunan.chuyi.imports.ImportPage;
import cn.gov.hunan.chuyi.imports.ImportRefused;
import cn.gov.hunan.chuyi.imports.ImportReportPage;
import cn.gov.hunan.chuyi.imports.ImportService;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory.CodedOrganization;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory.Subject;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The city's import of its schools' figures for its task (issue #18), on the imports module's pipeline (the file kept,
 * checked row by row with nothing written, applied all or nothing on confirmation). Only the city officer of the
 * task's city, and only while the task takes schools' figures (the rule of the schools' own form).
 */
@Service
@Transactional(readOnly = true)
class FiguresImportService {

    /** The import page: the task, and the imports' page (the latest uploads, whether a file may be uploaded now). */
    record Page(TaskView task, ImportPage imports) {}

    /** An upload's report, with each column's header as the user's template shows it. */
    record Report(TaskView task, ImportReportPage imports) {}

    private final TaskService tasks;
    private final TaskAccess access;
    private final PlanService plans;
    private final ImportService imports;
    private final OrganizationDirectory organizations;
    private final SchoolFiguresRepository figures;
    private final SupervisionHistory history;
    private final MessageSource messages;
    private final Clock clock;

    FiguresImportService(
            TaskService tasks,
            TaskAccess access,
            PlanService plans,
            ImportService imports,
            OrganizationDirectory organizations,
            SchoolFiguresRepository figures,
            SupervisionHistory history,
            MessageSource messages,
            Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.plans = plans;
        this.imports = imports;
        this.organizations = organizations;
        this.figures = figures;
        this.history = history;
        this.messages = messages;
        this.clock = clock;
    }

    Page page(long taskId, PortalUser officer) {
        InspectionTask task = cityTask(taskId, officer);
        PlanView plan = plans.plan(task.planId());
        return new Page(
                tasks.task(taskId, officer),
                new ImportPage(
                        base(task),
                        "supervision.figuresImport.step.template",
                        SchoolDataService.acceptsSchoolFigures(task, plan, officer),
                        imports.recent(ImportKind.SCHOOL_FIGURES, scope(task))));
    }

    /** The template: a row per school of the city, with the figures given so far. */
    byte[] template(long taskId, PortalUser officer, Locale locale) {
        InspectionTask task = open(taskId, officer);
        FiguresImport spec = spec(task, null);
        Map<Long, Map<Long, int[]>> given = new HashMap<>();
        for (SchoolFigures f : figures.findByKeyTaskId(task.id())) {
            given.computeIfAbsent(f.key().organizationId(), k -> new HashMap<>())
                    .put(f.key().indicatorId(), new int[] {f.numerator(), f.denominator()});
        }
        return FiguresTemplate.fill(
                imports.template(spec, locale),
                spec.pairs(),
                organizations.schoolsOf(task.cityCode()),
                given,
                (key, arguments) -> messages.getMessage(key, arguments, locale));
    }

    /** Keeps and checks an upload; nothing of the figures is written. */
    @Transactional
    long check(long taskId, MultipartFile file, PortalUser officer) {
        InspectionTask task = open(taskId, officer);
        return imports.check(spec(task, null), scope(task), file, officer);
    }

    Report report(long taskId, long importId, PortalUser officer, Locale locale) {
        InspectionTask task = cityTask(taskId, officer);
        return new Report(
                tasks.task(taskId, officer),
                new ImportReportPage(
                        base(task),
                        imports.report(ImportKind.SCHOOL_FIGURES, scope(task), importId),
                        imports.headers(spec(task, null), locale),
                        "supervision.figuresImport.confirm"));
    }

    /**
     * Applies a checked upload, all or nothing, if the task still takes figures; the file is checked again first.
     *
     * @return the number of rows applied
     */
    @Transactional(noRollbackFor = ImportRefused.class)
    int apply(long taskId, long importId, long version, PortalUser officer) {
        InspectionTask task = open(taskId, officer);
        return imports.apply(
                spec(task, (lines, fileName, actor) -> write(task, lines, fileName, actor)),
                scope(task),
                importId,
                version,
                officer);
    }

    private void write(InspectionTask task, List<FiguresImport.Line> lines, String fileName, PortalUser actor) {
        List<FiguresImport.Line> given =
                lines.stream().filter(l -> !l.figures().isEmpty()).toList();
        Map<String, CodedOrganization> schools = organizations.byCreditCodes(
                given.stream().map(FiguresImport.Line::creditCode).toList());
        Map<SchoolFigures.Key, SchoolFigures> existing = figures.findByKeyTaskId(task.id()).stream()
                .collect(Collectors.toMap(SchoolFigures::key, Function.identity()));
        Instant now = clock.instant();
        for (FiguresImport.Line line : given) {
            long school = schools.get(line.creditCode()).id();
            line.figures().forEach((indicator, pair) -> {
                var key = new SchoolFigures.Key(task.id(), indicator, school);
                SchoolFigures found = existing.get(key);
                if (found == null) {
                    figures.save(SchoolFigures.imported(key, pair[0], pair[1], actor.getUsername(), now, fileName));
                } else if (!found.same(pair[0], pair[1])) {
                    found.importFrom(pair[0], pair[1], actor.getUsername(), now, fileName);
                }
            });
        }
        history.record(
                Subject.TASK,
                task.id(),
                task.status(),
                task.status(),
                actor.getUsername(),
                HistoryReason.key("supervision.figuresImport.history", given.size(), fileName));
    }

    /** The task, if it is a city task of the officer's city; otherwise "not found", as for the city's own figures. */
    private InspectionTask cityTask(long taskId, PortalUser officer) {
        InspectionTask task = tasks.load(taskId, officer);
        if (task.inspectsSchool() || !access.mayReportData(officer, task)) {
            throw new NotFoundException("task", taskId);
        }
        return task;
    }

    /** {@link #cityTask}, refused unless the task takes schools' figures now. */
    private InspectionTask open(long taskId, PortalUser officer) {
        InspectionTask task = cityTask(taskId, officer);
        SchoolDataService.requireAcceptsSchoolFigures(task, plans.plan(task.planId()), officer);
        return task;
    }

    private FiguresImport spec(InspectionTask task, FiguresImport.Writer writer) {
        return new FiguresImport(
                task.cityCode(),
                plans.plan(task.planId()).indicators(),
                organizations::byCreditCodes,
                writer == null
                        ? (lines, fileName, actor) -> {
                            throw new IllegalStateException("only apply writes");
                        }
                        : writer);
    }

    /** Where the task's import pages live. */
    static String base(InspectionTask task) {
        return "/supervision/tasks/" + task.id() + "/figures-import";
    }

    private static String scope(InspectionTask task) {
        return String.valueOf(task.id());
    }
}

package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Annual progress reports (年度建设报告): the school files one a year, the department reviews it. */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final AnnualReportRepository reports;
    private final ProjectIndicatorRepository indicators;
    private final ReportAttachmentRepository attachments;
    private final ReportChangeRepository changes;
    private final ProjectService projects;
    private final AttachmentStore store;
    private final Clock clock;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ReportTargets> taskBookTargets;

    ReportService(
            AnnualReportRepository reports,
            ProjectIndicatorRepository indicators,
            ReportAttachmentRepository attachments,
            ReportChangeRepository changes,
            ProjectService projects,
            AttachmentStore store,
            Clock clock,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            ObjectProvider<ReportTargets> taskBookTargets) {
        this.taskBookTargets = taskBookTargets;
        this.accounts = accounts;
        this.events = events;
        this.reports = reports;
        this.indicators = indicators;
        this.attachments = attachments;
        this.changes = changes;
        this.projects = projects;
        this.store = store;
        this.clock = clock;
    }

    /**
     * A report with what its page needs and offers the viewer: the school edits and submits its own report while the
     * table lets it, the department reviews a submitted one.
     */
    public record ReportPage(
            ProjectView project,
            ReportView report,
            List<ProjectIndicator.IndicatorLine> indicators,
            List<FileLine> files,
            List<HistoryLine> history,
            boolean ownSchool,
            boolean mayEdit,
            boolean maySubmit,
            boolean mayReview) {}

    /** A file of a report. */
    public record FileLine(long id, String name, long sizeBytes, String uploadedBy) {}

    public List<ReportView> reportsOf(long projectId, PortalUser viewer) {
        ProjectView project = projects.get(projectId, viewer);
        return reports.findByProjectIdOrderByYearDesc(projectId).stream()
                .filter(r -> visible(r, project, viewer))
                .map(AnnualReport::toView)
                .toList();
    }

    /** The years the school may still file for: construction years up to this one, not yet filed. */
    public List<Integer> yearsToFile(long projectId, PortalUser viewer) {
        ProjectView project = projects.get(projectId, viewer);
        if (!isOwnSchool(viewer, project) || !project.status().running()) {
            return List.of();
        }
        int last = Math.min(project.endYear(), LocalDate.now(clock).getYear());
        var filed = reports.findByProjectIdOrderByYearDesc(projectId).stream()
                .map(AnnualReport::year)
                .toList();
        return IntStream.rangeClosed(project.year(), last)
                .boxed()
                .filter(y -> !filed.contains(y))
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    public ReportPage page(long reportId, PortalUser viewer) {
        AnnualReport report = readable(reportId, viewer);
        ProjectView project = projects.get(report.projectId(), viewer);
        var view = report.toView();
        return new ReportPage(
                project,
                view,
                linesOf(project.programCode(), view.values().keySet()),
                attachments.findByReportIdOrderById(reportId).stream()
                        .map(a -> new FileLine(
                                a.id(), a.file().originalName(), a.file().sizeBytes(), a.uploadedBy()))
                        .toList(),
                changes.findByReportIdOrderByChangedAtDescIdDesc(reportId).stream()
                        .map(ReportChange::toLine)
                        .toList(),
                isOwnSchool(viewer, project),
                isOwnSchool(viewer, project) && report.editable(),
                isOwnSchool(viewer, project) && Acting.may(viewer, ReportMove.SUBMIT, report.status()),
                Acting.may(viewer, ReportMove.ACCEPT, report.status())
                        && Acting.may(viewer, ReportMove.RETURN, report.status()));
    }

    @Transactional
    public long start(long projectId, int year, PortalUser school) {
        ProjectView project = projects.get(projectId, school);
        if (!isOwnSchool(school, project)) {
            throw new NotFoundException("project", projectId);
        }
        if (!yearsToFile(projectId, school).contains(year)) {
            throw new ProjectRejected("project.report.error.year");
        }
        AnnualReport report = new AnnualReport(projectId, year);
        targetsOf(projectId, year).ifPresent(t -> report.fixTargets(t.values()));
        reports.save(report);
        changes.save(new ReportChange(
                report.id(), null, report.status().name(), school.getUsername(), null, clock.instant()));
        return report.id();
    }

    @Transactional
    public void save(
            long reportId, Map<Long, ReportValue> values, String narrative, long expectedVersion, PortalUser school) {
        AnnualReport report = own(reportId, school);
        Versions.expect(report.toView().version(), expectedVersion, "report");
        report.edit(values, narrative);
        // filed against a task book: its targets stand, whatever was posted
        targetsOf(report.projectId(), report.year()).ifPresent(t -> report.fixTargets(t.values()));
    }

    @Transactional
    public void attach(long reportId, MultipartFile file, PortalUser school) {
        AnnualReport report = own(reportId, school);
        if (!report.editable()) {
            throw new ProjectRejected("project.report.error.readOnly");
        }
        attachments.save(new ReportAttachment(report.id(), store.store(file), school.getUsername(), clock.instant()));
    }

    @Transactional
    public void submit(long reportId, PortalUser school) {
        AnnualReport report = own(reportId, school);
        ProjectView project = projects.get(report.projectId(), school);
        var from = report.submit(
                lines(project.programCode()).stream()
                        .map(ProjectIndicator.IndicatorLine::id)
                        .toList(),
                Acting.as(school, ReportMove.SUBMIT),
                clock.instant());
        changes.save(new ReportChange(
                report.id(), from.name(), report.status().name(), school.getUsername(), null, clock.instant()));
        notify(accounts.withRole(Role.PROVINCE_ADMIN), "project.notice.reportSubmitted", project, report);
    }

    /** The report's readers hear of it: the department when it is filed, the school when it is reviewed. */
    private void notify(List<UserSummary> recipients, String key, ProjectView project, AnnualReport report) {
        events.publishEvent(new PortalNotice(
                recipients.stream().map(UserSummary::id).toList(),
                key,
                "/projects/" + project.id() + "/reports/" + report.id(),
                project.title() + " " + report.year()));
    }

    @Transactional
    public void review(long reportId, boolean accepted, String comment, PortalUser admin) {
        AnnualReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        ReportMove move = accepted ? ReportMove.ACCEPT : ReportMove.RETURN;
        var from = report.review(move, Acting.as(admin, move), comment, admin.getUsername(), clock.instant());
        changes.save(new ReportChange(
                report.id(), from.name(), report.status().name(), admin.getUsername(), comment, clock.instant()));
        ProjectView project = projects.get(report.projectId(), admin);
        notify(
                accounts.actingFor(project.organizationId(), Role.SCHOOL_ADMIN),
                "project.notice.reportReviewed",
                project,
                report);
    }

    /** The targets of the project's approved task book for the year, if it has one. */
    Optional<ReportTargets.Targets> targetsOf(long projectId, int year) {
        ReportTargets source = taskBookTargets.getIfAvailable();
        return source == null ? Optional.empty() : source.targets(projectId, year);
    }

    /** A report's file, for someone who may see the project. */
    public Download download(long reportId, long fileId, PortalUser viewer) {
        readable(reportId, viewer);
        ReportAttachment file = attachments
                .findById(fileId)
                .filter(a -> a.reportId() == reportId)
                .orElseThrow(() -> new NotFoundException("file", fileId));
        return new Download(
                file.file().originalName(),
                file.file().contentType(),
                store.open(file.file().storageKey()));
    }

    /** A file and its bytes. */
    public record Download(String name, String contentType, Resource content) {}

    /** The indicators a report of the programme must fill: the active ones. */
    public List<ProjectIndicator.IndicatorLine> lines(String programCode) {
        return indicators.findByProgramCodeAndActiveTrueOrderBySortOrderAscIdAsc(programCode).stream()
                .map(ProjectIndicator::toLine)
                .toList();
    }

    /** What a report shows: the active indicators, and retired ones it already holds values for. */
    private List<ProjectIndicator.IndicatorLine> linesOf(String programCode, Set<Long> used) {
        return indicators.findByProgramCodeOrderBySortOrderAscIdAsc(programCode).stream()
                .filter(i -> i.active() || used.contains(i.id()))
                .map(ProjectIndicator::toLine)
                .toList();
    }

    /** The report if the viewer may read it: the project's readers once it is submitted, the school alone before. */
    private AnnualReport readable(long reportId, PortalUser viewer) {
        AnnualReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        if (!visible(report, projects.get(report.projectId(), viewer), viewer)) {
            throw new NotFoundException("report", reportId);
        }
        return report;
    }

    /**
     * A draft is the school's working copy, as a nomination's draft is: the department, the city, experts and
     * inspectors see the report only once it is submitted (a report sent back stays visible, they have seen it).
     */
    private static boolean visible(AnnualReport report, ProjectView project, PortalUser viewer) {
        return report.sentIn() || isOwnSchool(viewer, project);
    }

    private AnnualReport own(long reportId, PortalUser school) {
        AnnualReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        ProjectView project = projects.get(report.projectId(), school);
        if (!isOwnSchool(school, project)) {
            throw new NotFoundException("report", reportId);
        }
        return report;
    }

    private static boolean isOwnSchool(PortalUser viewer, ProjectView project) {
        return viewer.has(Role.SCHOOL_ADMIN) && Objects.equals(viewer.organizationId(), project.organizationId());
    }
}

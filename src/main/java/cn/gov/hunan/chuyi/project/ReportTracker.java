package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which annual progress reports (年度建设报告) are owed, filed and overdue. A project under construction owes
 * one report for each construction year that has begun; the report of year Y is due by 31 January of Y + 1.
 * Submitted and accepted reports count as filed; a draft or a report sent back does not. Only the school sees its
 * drafts: to everyone else a draft is a report not started.
 */
@Service
@Transactional(readOnly = true)
public class ReportTracker {

    private static final List<ProjectStatus> RUNNING =
            Arrays.stream(ProjectStatus.values()).filter(ProjectStatus::running).toList();

    private final DesignatedProjectRepository projects;
    private final AnnualReportRepository reports;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    ReportTracker(
            DesignatedProjectRepository projects,
            AnnualReportRepository reports,
            OrganizationDirectory organizations,
            Clock clock) {
        this.projects = projects;
        this.reports = reports;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The state of one owed report. {@code reportStatus} is null when the school has not started it. */
    public record OwedReport(
            long projectId,
            String programCode,
            long organizationId,
            String organizationName,
            String cityCode,
            String title,
            int year,
            LocalDate dueDate,
            Long reportId,
            String reportStatus,
            LocalDateTime submittedAt,
            boolean filed,
            boolean overdue) {}

    /** A programme's reports: owed so far, filed, overdue. */
    public record ProgramReports(long owed, long filed, long overdue) {
        static final ProgramReports NONE = new ProgramReports(0, 0, 0);
    }

    public static LocalDate dueDate(int year) {
        return LocalDate.of(year + 1, 1, 31);
    }

    /** The last year whose report is overdue today when not filed: today is after its {@link #dueDate(int)}. */
    public static int lastOverdueYear(LocalDate today) {
        return today.isAfter(dueDate(today.getYear() - 1)) ? today.getYear() - 1 : today.getYear() - 2;
    }

    /** Every report owed so far by the running projects the viewer may see, newest year first. */
    public List<OwedReport> owed(PortalUser viewer) {
        var running = projects.findByStatusInOrderByProgramCodeAscIdAsc(RUNNING);
        var owners = organizations.findAll(
                running.stream().map(DesignatedProject::organizationId).collect(Collectors.toSet()));
        var visible = running.stream()
                .filter(p -> maySee(
                        viewer,
                        owners.get(p.organizationId()).id(),
                        owners.get(p.organizationId()).cityCode()))
                .toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<String, AnnualReportRepository.ReportState> filedByYear =
                reports.findStates(visible.stream().map(DesignatedProject::id).toList()).stream()
                        .collect(Collectors.toMap(r -> r.getProjectId() + "/" + r.getYear(), Function.identity()));
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        List<OwedReport> owed = new ArrayList<>();
        for (DesignatedProject project : visible) {
            var view = project.toView(
                    owners.get(project.organizationId()).name(),
                    owners.get(project.organizationId()).cityCode());
            for (int year = view.year(); year <= Math.min(view.endYear(), today.getYear()); year++) {
                var found = filedByYear.get(view.id() + "/" + year);
                // a draft is the school's own (see ReportService): anyone else sees the report as not started
                var report = found != null
                                && !ReportStatus.valueOf(found.getStatus()).sentIn()
                                && !ownSchool(viewer, view.organizationId())
                        ? null
                        : found;
                boolean filed = report != null
                        && ReportStatus.valueOf(report.getStatus()).filed();
                owed.add(new OwedReport(
                        view.id(),
                        view.programCode(),
                        view.organizationId(),
                        view.organizationName(),
                        view.cityCode(),
                        view.title(),
                        year,
                        dueDate(year),
                        report == null ? null : report.getId(),
                        report == null ? null : report.getStatus(),
                        report == null ? null : PortalTime.local(report.getSubmittedAt()),
                        filed,
                        !filed && today.isAfter(dueDate(year))));
            }
        }
        owed.sort(Comparator.comparing(OwedReport::year)
                .reversed()
                .thenComparing(OwedReport::programCode)
                .thenComparing(OwedReport::projectId));
        return owed;
    }

    /** What the status page filters on: filed, not filed, overdue. */
    public enum State {
        FILED,
        MISSING,
        OVERDUE;

        boolean matches(OwedReport report) {
            return switch (this) {
                case FILED -> report.filed();
                case MISSING -> !report.filed();
                case OVERDUE -> report.overdue();
            };
        }
    }

    /** The owed reports the viewer may see, filtered by programme, year and state (each optional). */
    public List<OwedReport> owed(String program, Integer year, State state, PortalUser viewer) {
        return owed(viewer).stream()
                .filter(r ->
                        program == null || program.isBlank() || r.programCode().equals(program))
                .filter(r -> year == null || r.year() == year)
                .filter(r -> state == null || state.matches(r))
                .toList();
    }

    /** One page of {@link #owed(String, Integer, State, PortalUser)}; the whole list is small (hundreds of rows). */
    public Page<OwedReport> page(String program, Integer year, State state, PortalUser viewer, Pageable pageable) {
        var rows = owed(program, year, state, viewer);
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = Math.min(from + pageable.getPageSize(), rows.size());
        return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
    }

    /** Owed, filed and overdue per programme code, for the dashboard. */
    public Map<String, ProgramReports> byProgram(PortalUser viewer) {
        Map<String, ProgramReports> counts = new LinkedHashMap<>();
        for (OwedReport report : owed(viewer)) {
            var was = counts.getOrDefault(report.programCode(), ProgramReports.NONE);
            counts.put(
                    report.programCode(),
                    new ProgramReports(
                            was.owed() + 1,
                            was.filed() + (report.filed() ? 1 : 0),
                            was.overdue() + (report.overdue() ? 1 : 0)));
        }
        return counts;
    }

    private static boolean ownSchool(PortalUser viewer, long organizationId) {
        return viewer.has(Role.SCHOOL_ADMIN) && Objects.equals(viewer.organizationId(), organizationId);
    }

    private static boolean maySee(PortalUser viewer, long organizationId, String cityCode) {
        return viewer.has(Role.PROVINCE_ADMIN)
                || (viewer.has(Role.CITY_OFFICER) && Objects.equals(viewer.cityCode(), cityCode))
                || Objects.equals(viewer.organizationId(), organizationId);
    }
}

package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.shared.DeadlineSource;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual progress reports (年度建设报告) that fall due, for the reminder job: each running project owes the report
 * of every construction year, due on the day {@link ReportTracker#dueDate} gives (the report counts as late only the
 * day after, so the deadline is the end of that day); the school administrators of the project's organisation are
 * reminded while the report is not filed (submitted or accepted). Three statements whatever the number of projects.
 */
@Component
@Transactional(readOnly = true)
class AnnualReportDeadlines implements DeadlineSource {

    static final String KIND = "project.deadline.annualReport";

    private static final List<ProjectStatus> RUNNING =
            Arrays.stream(ProjectStatus.values()).filter(ProjectStatus::running).toList();

    private final DesignatedProjectRepository projects;
    private final AnnualReportRepository reports;
    private final AccountDirectory accounts;

    AnnualReportDeadlines(
            DesignatedProjectRepository projects, AnnualReportRepository reports, AccountDirectory accounts) {
        this.projects = projects;
        this.reports = reports;
        this.accounts = accounts;
    }

    /** The end of the day the report of {@code year} is due, in Hunan. */
    static Instant due(int year) {
        return ReportTracker.dueDate(year)
                .atTime(LocalTime.MAX)
                .atZone(PortalTime.ZONE)
                .toInstant();
    }

    /** The page the reminder opens: the project, where the school files the year's report. */
    static String link(long projectId, int year) {
        return "/projects/" + projectId + "?reportYear=" + year;
    }

    @Override
    public List<Deadline> openDeadlines(Instant from, Instant to) {
        List<Integer> years = new ArrayList<>();
        // a report of year Y is due in January of Y + 1: only the years whose due day falls in the window
        for (int year = PortalTime.local(from).getYear() - 1;
                year <= PortalTime.local(to).getYear();
                year++) {
            Instant due = due(year);
            if (!due.isBefore(from) && due.isBefore(to)) {
                years.add(year);
            }
        }
        if (years.isEmpty()) {
            return List.of();
        }
        var running = projects.findByStatusInOrderByProgramCodeAscIdAsc(RUNNING).stream()
                .filter(p -> years.stream().anyMatch(y -> owes(p, y)))
                .toList();
        if (running.isEmpty()) {
            return List.of();
        }
        Set<String> filed = reports
                .findStates(running.stream().map(DesignatedProject::id).toList())
                .stream()
                .filter(r -> ReportStatus.valueOf(r.getStatus()).filed())
                .map(r -> r.getProjectId() + "/" + r.getYear())
                .collect(Collectors.toSet());
        Map<Long, List<Long>> schoolAdmins = accounts.withRole(Role.SCHOOL_ADMIN).stream()
                .filter(u -> u.organizationId() != null)
                .collect(Collectors.groupingBy(
                        UserSummary::organizationId, Collectors.mapping(UserSummary::id, Collectors.toList())));
        List<Deadline> deadlines = new ArrayList<>();
        for (DesignatedProject project : running) {
            for (int year : years) {
                if (owes(project, year)) {
                    deadlines.add(new Deadline(
                            KIND,
                            link(project.id(), year),
                            project.title() + "（" + year + "）",
                            due(year),
                            schoolAdmins.getOrDefault(project.organizationId(), List.of()),
                            !filed.contains(project.id() + "/" + year)));
                }
            }
        }
        return deadlines;
    }

    private static boolean owes(DesignatedProject project, int year) {
        return year >= project.designatedYear() && year < project.designatedYear() + project.constructionYears();
    }
}

package cn.gov.hunan.chuyi.dashboard;

import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.project.ProjectStatus;
import cn.gov.hunan.chuyi.project.ReportTracker.ProgramReports;
import java.util.Map;

/** One programme on the dashboard: designated against target, projects by status, annual reports. */
public record ProgramProgress(ProgramSummary program, Map<ProjectStatus, Long> byStatus, ProgramReports reports) {

    public long count(ProjectStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}

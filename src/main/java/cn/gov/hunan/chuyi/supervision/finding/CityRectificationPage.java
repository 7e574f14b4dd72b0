package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.util.List;

/**
 * A city's rectification on its task: the report it filed (null before), the province's interviews, its items'
 * counts, and whether the viewer may file the report (the city's officers) or record an interview (province staff).
 */
public record CityRectificationPage(
        TaskView task,
        ReportView report,
        List<InterviewView> interviews,
        long open,
        long overdue,
        long closed,
        boolean mayFileReport,
        boolean mayRecordInterview) {}

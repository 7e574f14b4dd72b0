package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.ReminderLedger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * How often each annual report was chased (已催办 N 次): the reminder ledger's counts over the links
 * {@link AnnualReportDeadlines} reminds with, in one ledger query per page — the project's page (per year) and the
 * report tracker (per row).
 */
@Component
class ReportReminders {

    private final ReminderLedger ledger;

    ReportReminders(ReminderLedger ledger) {
        this.ledger = ledger;
    }

    /** Year → count, for the years of a project that were chased at least once. */
    Map<Integer, Integer> ofProject(long projectId, Collection<Integer> years) {
        Map<String, Integer> counts = ledger.countsFor(years.stream()
                .distinct()
                .map(year -> AnnualReportDeadlines.link(projectId, year))
                .toList());
        Map<Integer, Integer> byYear = new TreeMap<>();
        for (Integer year : years) {
            Integer n = counts.get(AnnualReportDeadlines.link(projectId, year));
            if (n != null && n > 0) {
                byYear.put(year, n);
            }
        }
        return byYear;
    }

    /** "projectId-year" → count, for the tracker's rows that were chased. */
    Map<String, Integer> ofRows(List<ReportTracker.OwedReport> rows) {
        Map<String, Integer> counts = ledger.countsFor(rows.stream()
                .map(r -> AnnualReportDeadlines.link(r.projectId(), r.year()))
                .collect(Collectors.toSet()));
        return rows.stream()
                .filter(r -> counts.containsKey(AnnualReportDeadlines.link(r.projectId(), r.year())))
                .collect(Collectors.toMap(
                        r -> r.projectId() + "-" + r.year(),
                        r -> counts.get(AnnualReportDeadlines.link(r.projectId(), r.year())),
                        (a, b) -> a));
    }
}

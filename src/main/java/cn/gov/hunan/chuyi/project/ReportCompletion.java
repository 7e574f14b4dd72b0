package cn.gov.hunan.chuyi.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the report page shows of its targets: whether they come from the approved task book (and which version), each
 * indicator's share done, and the completion rate ({@link CompletionRate}).
 */
@Component
@Transactional(readOnly = true)
public class ReportCompletion {

    private final ReportService reports;

    ReportCompletion(ReportService reports) {
        this.reports = reports;
    }

    /** The targets' source and the shares done; {@code percentDone}: indicator id → percent, one decimal. */
    public record Against(Integer taskBookVersion, BigDecimal completionRate, Map<Long, BigDecimal> percentDone) {

        public boolean fromTaskBook() {
            return taskBookVersion != null;
        }
    }

    /** For a page the viewer was allowed to read ({@link ReportService#page}). */
    public Against against(ReportService.ReportPage page) {
        var report = page.report();
        Map<Long, BigDecimal> done = new HashMap<>();
        report.values().forEach((id, v) -> {
            if (v.target() != null && v.target().signum() > 0) {
                done.put(
                        id,
                        CompletionRate.ratio(v)
                                .multiply(BigDecimal.valueOf(100))
                                .setScale(1, RoundingMode.HALF_UP));
            }
        });
        return new Against(
                reports.targetsOf(report.projectId(), report.year())
                        .map(ReportTargets.Targets::taskBookVersion)
                        .orElse(null),
                CompletionRate.of(report.values()),
                done);
    }
}

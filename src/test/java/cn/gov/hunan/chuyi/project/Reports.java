package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Annual reports for unit tests, brought into a state through the moves of their table (no reflection). */
final class Reports {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private Reports() {}

    /** A draft with its narrative written and no indicator to fill: ready to submit. */
    static AnnualReport draft() {
        var report = new AnnualReport(1L, 2025);
        report.edit(Map.of(), "建设情况说明");
        return report;
    }

    static AnnualReport in(ReportStatus status) {
        var report = draft();
        switch (status) {
            case DRAFT -> {}
            case SUBMITTED -> submit(report);
            case ACCEPTED -> {
                submit(report);
                report.review(ReportMove.ACCEPT, Role.PROVINCE_ADMIN, null, "xhcy", NOW);
            }
            case RETURNED -> {
                submit(report);
                report.review(ReportMove.RETURN, Role.PROVINCE_ADMIN, "请补充", "xhcy", NOW);
            }
        }
        return report;
    }

    static void submit(AnnualReport report) {
        report.submit(List.of(), Role.SCHOOL_ADMIN, NOW);
    }
}

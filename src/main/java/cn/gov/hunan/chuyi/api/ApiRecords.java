package cn.gov.hunan.chuyi.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the API answers: records with stable field names (a renamed field is a new API version), dates as ISO-8601
 * strings (dates yyyy-MM-dd; times yyyy-MM-ddTHH:mm in Asia/Shanghai, the portal's zone).
 */
final class ApiRecords {

    private ApiRecords() {}

    /** A programme of the catalogue and its progress: designated against the target. */
    record Program(
            String code,
            String nameZh,
            String nameEn,
            String planClause,
            Integer target,
            long designated,
            Integer percent,
            Long remaining,
            String unitZh,
            String unitEn,
            String leadDepartment,
            Integer horizonYear) {}

    /** A designated project of the register. */
    record Project(
            long id,
            String programCode,
            String title,
            long organizationId,
            String organizationName,
            String cityCode,
            int designatedYear,
            int constructionYears,
            int endYear,
            String status,
            String tier,
            String documentNumber,
            String midtermConclusion,
            LocalDate midtermDate,
            String acceptanceConclusion,
            LocalDate acceptanceDate) {}

    /** A page of a list: its items, the page number (from 0), its size, and the totals. */
    record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {}

    /** A published supervision plan. */
    record SupervisionPlan(long planId, int year, String topic, boolean inspectsSchools) {}

    /** An indicator's score in a result line. */
    record Score(long indicatorId, String indicator, BigDecimal weight, BigDecimal score) {}

    /** One inspected city (or school) in a published plan, ranked by total. */
    record ResultLine(
            int rank,
            String cityCode,
            String subject,
            BigDecimal total,
            String grade,
            long openFindings,
            long overdueFindings,
            List<Score> scores) {}

    /** A published plan's results. */
    record SupervisionResults(SupervisionPlan plan, List<ResultLine> lines) {}

    /** A 公示 notice in the list. */
    record Notice(
            long roundId,
            String title,
            String programCode,
            int year,
            String startsAt,
            String endsAt,
            boolean current) {}

    /** The list of notices: the current ones, and a page of the past ones. */
    record NoticeList(List<Notice> current, Page<Notice> past) {}

    /** A nomination on a notice. */
    record Listed(
            long nominationId,
            String title,
            String organizationName,
            String cityCode,
            String tier,
            boolean removed,
            boolean designated) {}

    /** A notice with its list and outcome. */
    record NoticeDetail(
            Notice notice,
            String issuer,
            String meeting,
            LocalDate decisionDate,
            String outcome,
            List<Listed> nominations) {}
}

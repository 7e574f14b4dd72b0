package cn.gov.hunan.chuyi.project.funds;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money allocated and spent, always added up in SQL (one statement per call, whatever the number of rows): per
 * project, per programme, per organisation and per year, and the projects whose execution rate is below a bound.
 * Spending counts only for reports filed (SUBMITTED) or accepted.
 */
@Component
@Transactional(readOnly = true)
public class FundRates {

    /** Every allocation and every counted spending as one flow of (project, year, allocated, spent). */
    private static final String FLOWS = """
            (select a.project_id, a.fund_year as flow_year, a.amount as allocated, 0 as spent from fund_allocation a
             union all
             select r.project_id, r.report_year, 0, s.amount from report_spending s
             join annual_report r on r.id = s.report_id where r.status in ('SUBMITTED', 'ACCEPTED'))""";

    private final EntityManager entityManager;

    FundRates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Totals of the given projects, by project id; a project without money is absent. */
    public Map<Long, FundTotals> ofProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        var rows = rows(
                "select f.project_id, sum(f.allocated), sum(f.spent) from " + FLOWS
                        + " f where f.project_id in (:ids) group by f.project_id",
                Map.of("ids", projectIds));
        Map<Long, FundTotals> totals = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            totals.put(id, new FundTotals(Long.toString(id), decimal(row[1]), decimal(row[2])));
        }
        return totals;
    }

    /** Totals of every project with money, by project id (an export's column: one statement). */
    public Map<Long, FundTotals> all() {
        Map<Long, FundTotals> totals = new HashMap<>();
        for (Object[] row : rows(
                "select f.project_id, sum(f.allocated), sum(f.spent) from " + FLOWS + " f group by f.project_id",
                Map.of())) {
            long id = ((Number) row[0]).longValue();
            totals.put(id, new FundTotals(Long.toString(id), decimal(row[1]), decimal(row[2])));
        }
        return totals;
    }

    /** Totals of one project (zero when it has no money yet). */
    public FundTotals ofProject(long projectId) {
        return ofProjects(List.of(projectId)).getOrDefault(projectId, FundTotals.none(Long.toString(projectId)));
    }

    /**
     * The projects with money allocated whose execution rate (unrounded) is below {@code percent}; a project
     * with nothing allocated has no rate and is never below.
     */
    public List<Long> projectsBelow(BigDecimal percent) {
        return rows(
                        "select f.project_id, 0, 0 from " + FLOWS + " f group by f.project_id "
                                + "having sum(f.allocated) > 0 and sum(f.spent) * 100 < :percent * sum(f.allocated)",
                        Map.of("percent", percent))
                .stream()
                .map(row -> ((Number) row[0]).longValue())
                .toList();
    }

    /** Which of the given ids are projects of the register (one statement). */
    public List<Long> existingProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return rows("select p.id, 0 from designated_project p where p.id in (:ids)", Map.of("ids", projectIds)).stream()
                .map(row -> ((Number) row[0]).longValue())
                .toList();
    }

    /** Totals per programme code. */
    public List<FundTotals> byProgram() {
        return grouped("p.program_code");
    }

    /** Totals per organisation id (the caller adds them up per city). */
    public List<FundTotals> byOrganization() {
        return grouped("p.organization_id");
    }

    /** Totals per year: allocations by the year they are for, spending by its report's year. */
    public List<FundTotals> byYear() {
        return grouped("f.flow_year");
    }

    private List<FundTotals> grouped(String column) {
        return rows(
                        "select " + column + ", sum(f.allocated), sum(f.spent) from " + FLOWS
                                + " f join designated_project p on p.id = f.project_id group by " + column
                                + " order by " + column,
                        Map.of())
                .stream()
                .map(row -> new FundTotals(String.valueOf(row[0]), decimal(row[1]), decimal(row[2])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}

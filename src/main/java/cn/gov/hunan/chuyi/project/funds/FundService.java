package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.project.ProjectService;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.project.ReportService;
import cn.gov.hunan.chuyi.project.ReportView;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Versions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's funds: the department's allocations (added, changed and deleted with a history line each) and the
 * spending its school states with each annual report while the report is editable.
 */
@Service
@Transactional(readOnly = true)
public class FundService {

    private final FundAllocationRepository allocations;
    private final FundChangeRepository changes;
    private final ReportSpendingRepository spending;
    private final FundRates rates;
    private final ProjectService projects;
    private final ReportService reports;
    private final Clock clock;

    FundService(
            FundAllocationRepository allocations,
            FundChangeRepository changes,
            ReportSpendingRepository spending,
            FundRates rates,
            ProjectService projects,
            ReportService reports,
            Clock clock) {
        this.allocations = allocations;
        this.changes = changes;
        this.spending = spending;
        this.rates = rates;
        this.projects = projects;
        this.reports = reports;
        this.clock = clock;
    }

    /** A project's funds page: totals, allocations, history, and whether the viewer keeps the allocations. */
    public record FundsPage(
            ProjectView project,
            FundTotals totals,
            List<FundAllocation.AllocationLine> allocations,
            List<HistoryLine> history,
            List<FundSource> sources,
            FundAllocation.AllocationLine editing,
            boolean mayManage) {}

    /** A report's spending page: the amount per source, whether the school may change it, whether it counts yet. */
    public record SpendingPage(
            ProjectView project,
            ReportView report,
            Map<FundSource, BigDecimal> amounts,
            BigDecimal total,
            List<FundSource> sources,
            boolean mayEdit,
            boolean counted) {}

    /** The totals block of a project's page (the caller has already checked the viewer sees the project). */
    public FundTotals summary(long projectId) {
        return rates.ofProject(projectId);
    }

    /** The page; {@code edit} names the allocation whose values fill the form (the department's only). */
    public FundsPage page(long projectId, Long edit, PortalUser viewer) {
        ProjectView project = projects.get(projectId, viewer);
        var lines = allocations.findByProjectIdOrderByYearDescSourceAscIdAsc(projectId).stream()
                .map(FundAllocation::toLine)
                .toList();
        return new FundsPage(
                project,
                rates.ofProject(projectId),
                lines,
                changes.findByProjectIdOrderByChangedAtDescIdDesc(projectId).stream()
                        .map(FundChange::toLine)
                        .toList(),
                List.of(FundSource.values()),
                edit == null || !mayManage(viewer)
                        ? null
                        : lines.stream().filter(l -> l.id() == edit).findFirst().orElse(null),
                mayManage(viewer));
    }

    @Transactional
    public long add(long projectId, AllocationForm.Allocation values, PortalUser admin) {
        projects.get(projectId, admin);
        var saved = allocations.save(new FundAllocation(projectId, values, admin.getUsername(), clock.instant()));
        changes.save(new FundChange(
                projectId, saved.id(), FundChange.ADDED, admin.getUsername(), reason(values), clock.instant()));
        return saved.id();
    }

    @Transactional
    public void change(
            long projectId, long allocationId, AllocationForm.Allocation values, long version, PortalUser admin) {
        FundAllocation allocation = load(projectId, allocationId);
        Versions.expect(allocation.version(), version, "allocation");
        allocation.change(values);
        changes.save(new FundChange(
                projectId, allocationId, FundChange.CHANGED, admin.getUsername(), reason(values), clock.instant()));
    }

    @Transactional
    public void delete(long projectId, long allocationId, long version, PortalUser admin) {
        FundAllocation allocation = load(projectId, allocationId);
        Versions.expect(allocation.version(), version, "allocation");
        var line = allocation.toLine();
        allocations.delete(allocation);
        changes.save(new FundChange(
                projectId,
                allocationId,
                FundChange.DELETED,
                admin.getUsername(),
                reason(new AllocationForm.Allocation(line.year(), line.source(), line.amount(), line.document())),
                clock.instant()));
    }

    /** The projects of the register among {@code projectIds} (an uploaded allocation must name one). */
    public List<Long> existingProjects(Collection<Long> projectIds) {
        return rates.existingProjects(projectIds);
    }

    /**
     * Saves checked upload rows in the caller's transaction (all or nothing), with one history line per allocation.
     * Who may upload is the caller's check (the department's, {@link #mayManage}).
     */
    @Transactional
    public int addAll(List<AllocationRow> rows, PortalUser admin) {
        var now = clock.instant();
        for (var row : rows) {
            var saved = allocations.save(new FundAllocation(row.projectId(), row.values(), admin.getUsername(), now));
            changes.save(new FundChange(
                    row.projectId(), saved.id(), FundChange.UPLOADED, admin.getUsername(), reason(row.values()), now));
        }
        return rows.size();
    }

    public SpendingPage spending(long projectId, long reportId, PortalUser viewer) {
        var page = reports.page(reportId, viewer);
        if (page.project().id() != projectId) {
            throw new NotFoundException("report", reportId);
        }
        Map<FundSource, BigDecimal> amounts = new EnumMap<>(FundSource.class);
        spending.findByReportIdOrderBySourceAsc(reportId).forEach(s -> amounts.put(s.source(), s.amount()));
        return new SpendingPage(
                page.project(),
                page.report(),
                amounts,
                amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                List.of(FundSource.values()),
                page.mayEdit(),
                page.report().status().filed());
    }

    /** The school's spending per source; a blank amount removes that source's line. */
    @Transactional
    public void saveSpending(long projectId, long reportId, Map<FundSource, String> typed, PortalUser school) {
        var page = spending(projectId, reportId, school);
        if (!page.mayEdit()) {
            throw new FundsRejected("funds.spending.error.readOnly");
        }
        Map<FundSource, BigDecimal> amounts = new EnumMap<>(FundSource.class);
        for (FundSource source : FundSource.values()) {
            String text = typed.get(source);
            if (text != null && !text.isBlank()) {
                var refused = new FundsRejected("funds.error.amount");
                refused.at("amount_" + source.name());
                amounts.put(source, Amounts.parse(text).orElseThrow(() -> refused));
            }
        }
        var existing = spending.findByReportIdOrderBySourceAsc(reportId);
        for (ReportSpending line : existing) {
            BigDecimal amount = amounts.remove(line.source());
            if (amount == null) {
                spending.delete(line);
            } else {
                line.amount(amount);
            }
        }
        amounts.forEach((source, amount) -> spending.save(new ReportSpending(reportId, source, amount)));
    }

    /** Keeping allocations is the department's (FundController's rule). */
    static boolean mayManage(PortalUser viewer) {
        return viewer.has(Role.PROVINCE_ADMIN);
    }

    private FundAllocation load(long projectId, long allocationId) {
        return allocations
                .findById(allocationId)
                .filter(a -> a.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("allocation", allocationId));
    }

    private static HistoryReason reason(AllocationForm.Allocation values) {
        return HistoryReason.key(
                "funds.history.allocation." + values.source().name(),
                Integer.toString(values.year()),
                values.amount().toPlainString(),
                values.document() == null ? "—" : values.document());
    }
}

package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.project.funds.AllocationRow;
import cn.gov.hunan.chuyi.project.funds.FundService;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Fund allocations (资金下达): project number (its id in the register), year, source (code or label in either language),
 * amount in yuan (a number, or text with thousands separators), document. The values are checked by project.funds'
 * rules ({@link AllocationRow}); every project must be in the register. Applying adds the allocations through
 * {@link FundService#addAll}, each with a line in its project's funds history.
 */
@Component
class FundAllocationImport implements ImportSpec<AllocationRow> {

    static final String PROJECT = "funds.upload.column.project";
    static final String YEAR = "funds.field.year";
    static final String SOURCE = "funds.field.source";
    static final String AMOUNT = "funds.field.amount";
    static final String DOCUMENT = "funds.field.document";

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.text(PROJECT, true, 15),
            ImportColumn.text(YEAR, true, 4),
            ImportColumn.choice(
                    SOURCE,
                    true,
                    Arrays.stream(FundSource.values()).map(Enum::name).toList(),
                    "FundSource."),
            ImportColumn.text(AMOUNT, true, 30),
            ImportColumn.text(DOCUMENT, false, AllocationRow.MAX_DOCUMENT));

    private final FundService funds;

    FundAllocationImport(FundService funds) {
        this.funds = funds;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.FUND_ALLOCATIONS;
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of(
                "imports.template.general",
                "imports.funds.instructions.project",
                "imports.funds.instructions.amount",
                "imports.template.limit");
    }

    @Override
    public AllocationRow row(ImportRow row, Problems problems) {
        int before = problems.count();
        String project = row.text(PROJECT);
        if (!project.matches("\\d{1,15}") || Long.parseLong(project) == 0) {
            problems.add(row.number(), PROJECT, "funds.upload.error.project");
        }
        Optional<Integer> year = AllocationRow.year(row.text(YEAR));
        if (year.isEmpty()) {
            problems.add(row.number(), YEAR, "funds.error.year");
        }
        Optional<BigDecimal> amount = AllocationRow.amount(row.text(AMOUNT));
        if (amount.isEmpty()) {
            problems.add(row.number(), AMOUNT, "funds.error.amount");
        }
        if (problems.count() > before) {
            return null;
        }
        return new AllocationRow(
                Long.parseLong(project),
                year.get(),
                FundSource.valueOf(row.text(SOURCE)),
                amount.get(),
                row.text(DOCUMENT));
    }

    @Override
    public void all(List<Numbered<AllocationRow>> rows, String scope, Problems problems) {
        Set<Long> known = new HashSet<>(funds.existingProjects(
                rows.stream().map(r -> r.value().projectId()).distinct().toList()));
        for (var row : rows) {
            if (!known.contains(row.value().projectId())) {
                problems.add(row.row(), PROJECT, "funds.upload.error.unknownProject");
            }
        }
    }

    @Override
    public void apply(List<AllocationRow> rows, String scope, String fileName, PortalUser actor) {
        funds.addAll(rows, actor);
    }
}

package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.project.FundSource;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One allocation as an upload gives it (the Excel import of 资金下达): the project by its number in the register, the
 * year, the source, the amount in yuan and the document. The importer checks each value with the rules here (the same
 * as the allocation form's) before handing the rows to {@link FundService#addAll}.
 */
public record AllocationRow(long projectId, int year, FundSource source, BigDecimal amount, String document) {

    /** The longest document number or note an allocation keeps. */
    public static final int MAX_DOCUMENT = AllocationForm.MAX_DOCUMENT;

    /** A year the department allocates for (four digits, 2000–2100), or empty. */
    public static Optional<Integer> year(String text) {
        return AllocationForm.year(text);
    }

    /** An amount in yuan as typed or read (thousands separators allowed, two decimals at most), or empty. */
    public static Optional<BigDecimal> amount(String text) {
        return Amounts.parse(text);
    }

    AllocationForm.Allocation values() {
        return new AllocationForm.Allocation(year, source, amount, document);
    }
}

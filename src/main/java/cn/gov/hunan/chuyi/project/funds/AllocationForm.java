package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.shared.Text;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The allocation form's fields as typed, checked into an {@link Allocation} or refused beside the wrong field. */
final class AllocationForm {

    static final int MAX_DOCUMENT = 200;

    private AllocationForm() {}

    /** An allocation's values, checked. */
    record Allocation(int year, FundSource source, BigDecimal amount, String document) {}

    static Allocation check(String year, String source, String amount, String document) {
        int y = year(year).orElseThrow(() -> refusal("funds.error.year", "year"));
        FundSource s = source(source).orElseThrow(() -> refusal("funds.error.source", "source"));
        BigDecimal a = Amounts.parse(amount).orElseThrow(() -> refusal("funds.error.amount", "amount"));
        String d = Text.blankToNull(document);
        if (d != null && d.length() > MAX_DOCUMENT) {
            throw refusal("funds.error.document", "document");
        }
        return new Allocation(y, s, a, d);
    }

    static Optional<Integer> year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int y = Integer.parseInt(text.strip());
        return y < 2000 || y > 2100 ? Optional.empty() : Optional.of(y);
    }

    /** A source by its name (PROVINCIAL …). */
    static Optional<FundSource> source(String text) {
        String plain = text == null ? "" : text.strip();
        return Arrays.stream(FundSource.values())
                .filter(s -> s.name().equalsIgnoreCase(plain))
                .findFirst();
    }

    private static FundsRejected refusal(String key, String field) {
        var refused = new FundsRejected(key);
        refused.at(field);
        return refused;
    }
}

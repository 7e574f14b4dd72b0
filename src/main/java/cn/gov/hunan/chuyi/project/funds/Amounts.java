package cn.gov.hunan.chuyi.project.funds;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of money in yuan as typed or read from a spreadsheet: digits with at most two decimals, thousands
 * separators (, or ，) and spaces allowed, not negative, at most 999,999,999,999.99 (NUMERIC(14,2)).
 */
public final class Amounts {

    static final BigDecimal MAX = new BigDecimal("999999999999.99");
    private static final Pattern FORM = Pattern.compile("\\d+(\\.\\d{1,2})?");

    private Amounts() {}

    /** The amount, or empty when the text is not one (blank included). */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.strip().replace(",", "").replace("，", "").replace(" ", "");
        if (plain.startsWith("¥") || plain.startsWith("￥")) {
            plain = plain.substring(1);
        }
        if (!FORM.matcher(plain).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(plain).setScale(2);
        return amount.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(amount);
    }

    /** A number read from a spreadsheet cell: the same bounds, at most two decimals. */
    public static Optional<BigDecimal> of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            return Optional.empty();
        }
        BigDecimal amount = BigDecimal.valueOf(value).stripTrailingZeros();
        if (amount.scale() > 2 || amount.compareTo(MAX) > 0) {
            return Optional.empty();
        }
        return Optional.of(amount.setScale(2));
    }
}

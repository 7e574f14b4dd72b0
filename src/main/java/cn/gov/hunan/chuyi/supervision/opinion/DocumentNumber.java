package cn.gov.hunan.chuyi.supervision.opinion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (文号) as official documents write it: the issuer's code, the year in hexagonal brackets, the
 * number and 号 — 湘教督〔2026〕12号 (GB/T 9704). Typed numbers come with every kind of bracket and leading zeros; they
 * are stored in the one written form, so "unique per year" is a unique column.
 *
 * @param prefix the issuer's code (机关代字), e.g. 湘教督
 */
record DocumentNumber(String prefix, int year, int number) {

    private static final Pattern FORM =
            Pattern.compile("^(\\p{IsHan}[\\p{IsHan}A-Za-z]{0,15})[〔\\[［(（【](\\d{4})[〕\\]］)）】]0*(\\d{1,5})号$");

    /** The number typed, or a refusal naming the expected form. */
    static DocumentNumber parse(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("\\s+", "");
        Matcher m = FORM.matcher(compact);
        if (!m.matches() || Integer.parseInt(m.group(3)) == 0) {
            throw new OpinionRejected("supervision.opinion.error.number").at("documentNumber");
        }
        return new DocumentNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The written form, 湘教督〔2026〕12号. */
    String written() {
        return prefix + "〔" + year + "〕" + number + "号";
    }
}

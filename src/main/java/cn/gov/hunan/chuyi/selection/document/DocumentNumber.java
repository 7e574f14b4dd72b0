package cn.gov.hunan.chuyi.selection.document;

import java.util.regex.Pattern;

/**
 * A document number (文号) as GB/T 9704 writes it: the issuer's code, the year in 六角括号 and the sequence with 号,
 * e.g. 湘教通〔2026〕12号 — no leading zero, no space, the year between 1990 and 2099.
 */
final class DocumentNumber {

    private static final Pattern FORMAT = Pattern.compile("\\p{IsHan}{2,12}〔(199\\d|20\\d\\d)〕[1-9]\\d{0,3}号");

    private DocumentNumber() {}

    static boolean valid(String number) {
        return number != null && FORMAT.matcher(number).matches();
    }
}

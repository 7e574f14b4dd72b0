package cn.gov.hunan.chuyi.selection.publicity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reference an objector receives (YY-XXXX-XXXX, "YY" for 异议): eight characters from a secure random over
 * 31 letters and digits that cannot be misread (no 0/O, 1/I/L), about 8.5 × 10¹¹ values. It is not the
 * objection's id, so neither it nor the id reveals how many objections there are or lets one be guessed.
 */
final class ObjectionReference {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final Pattern FORM = Pattern.compile("YY-[A-Z0-9]{4}-[A-Z0-9]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ObjectionReference() {}

    static String next() {
        StringBuilder reference = new StringBuilder("YY-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }

    /** The reference as typed, upper case and trimmed; null when it cannot be one. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String reference = typed.strip().toUpperCase(Locale.ROOT);
        return FORM.matcher(reference).matches() ? reference : null;
    }
}

package cn.gov.hunan.chuyi.selection.publicity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * A mainland China telephone number as objectors type it: a mobile (1 + 10 digits, optionally after +86) or a
 * landline with its area code (0731-84512345, (010) 12345678). Compared by its digits only.
 */
final class Telephone {

    private static final Pattern TYPED = Pattern.compile("[0-9 ()+\\-]{7,24}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    /** 0 + a 2- or 3-digit area code + a 7- or 8-digit local number */
    private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{8,10}");

    private Telephone() {}

    /** The digits of a valid number, without a +86 prefix; null when the text is not a mainland number. */
    static String digits(String typed) {
        if (typed == null || !TYPED.matcher(typed.strip()).matches()) {
            return null;
        }
        String digits = typed.replaceAll("[^0-9]", "");
        if (typed.strip().startsWith("+86") || (digits.startsWith("86") && digits.length() == 13)) {
            digits = digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches() ? digits : null;
    }

    /**
     * Whether two numbers are the same, in a time that does not depend on where they differ: both are hashed,
     * so the comparison always runs over 32 bytes.
     */
    static boolean same(String stored, String typed) {
        String a = digits(stored);
        String b = digits(typed);
        byte[] left = sha256(a == null ? "stored" : a);
        byte[] right = sha256(b == null ? "typed" : b);
        return MessageDigest.isEqual(left, right) && a != null && b != null;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

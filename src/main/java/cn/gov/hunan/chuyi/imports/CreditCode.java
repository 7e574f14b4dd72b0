package cn.gov.hunan.chuyi.imports;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 31 (digits and capitals without I, O, Z, S, V), the third to the
 * eighth the registering division's code (digits), the last a check character computed from the first seventeen.
 */
public final class CreditCode {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** Whether {@code code} is a well-formed credit code whose check character is right. */
    public static boolean valid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return check(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character of the first seventeen characters (which must be from the code's alphabet). */
    public static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARACTERS.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARACTERS.charAt(check == 31 ? 0 : check);
    }
}

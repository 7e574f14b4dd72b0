package cn.gov.hunan.chuyi.account.password;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Random one-time passwords that meet the policy: 16 characters from all four classes. */
public final class OneTimePasswords {

    private static final SecureRandom RANDOM = new SecureRandom();
    // no look-alikes (0/O, 1/l/I) so that a password read out on the phone is typed right
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String OTHER = "#%+=?@_-";

    private OneTimePasswords() {}

    public static String next() {
        List<Character> chars = new ArrayList<>();
        add(chars, UPPER, 4);
        add(chars, LOWER, 6);
        add(chars, DIGITS, 4);
        add(chars, OTHER, 2);
        Collections.shuffle(chars, RANDOM);
        StringBuilder password = new StringBuilder();
        chars.forEach(password::append);
        return password.toString();
    }

    private static void add(List<Character> chars, String alphabet, int count) {
        for (int i = 0; i < count; i++) {
            chars.add(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
    }
}

package cn.gov.hunan.chuyi.account;

import java.util.regex.Pattern;

/**
 * The one rule for an account's e-mail address, on the administrators' account form and on the user's own preferences
 * page: local@domain.tld, at most 254 characters, without white space or the characters that make an address list or
 * a display name.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private static final Pattern ADDRESS = Pattern.compile(
            "[^@\\s,;<>\"()\\[\\]\\\\]{1,64}@[^@\\s,;<>\"()\\[\\]\\\\.]+(\\.[^@\\s,;<>\"()\\[\\]\\\\.]+)+");

    private EmailAddress() {}

    /** Whether a trimmed, non-blank address is one the portal mails to. */
    public static boolean valid(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && ADDRESS.matcher(address).matches();
    }
}

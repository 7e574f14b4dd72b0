package cn.gov.hunan.chuyi.account.twofactor;

import java.time.Instant;

/** A user's authenticator app, for the tests of the other parts of account: a new secret, and the codes it shows. */
public final class Authenticators {

    private Authenticators() {}

    public static String newSecret() {
        return Totp.newSecret();
    }

    /** The code the app shows now. */
    public static String codeNow(String secret) {
        return codeAfter(secret, 0);
    }

    /** The code the app shows so many 30-second steps from now. */
    public static String codeAfter(String secret, int steps) {
        return Totp.code(secret, Totp.step(Instant.now().getEpochSecond()) + steps);
    }
}

package cn.gov.hunan.chuyi.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The form of a key and its hash. A key is {@code chy_<prefix>_<secret>}: the prefix (8 hexadecimal characters)
 * finds its row and names it in the audit log; the secret is 32 random bytes (256 bits, URL-safe Base64). Only the
 * SHA-256 of the whole key is kept: with that much randomness a fast hash is enough (nothing to guess from a list),
 * and the comparison takes the same time whatever matches ({@link MessageDigest#isEqual}).
 */
final class ApiKeySecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("chy_([0-9a-f]{8})_[A-Za-z0-9_-]{43}");

    private ApiKeySecret() {}

    /** A new key, never seen before (the prefix is unique in the table: a clash is retried by the service). */
    static String generate() {
        byte[] prefix = new byte[4];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(prefix);
        RANDOM.nextBytes(secret);
        return "chy_" + HexFormat.of().formatHex(prefix) + "_"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The prefix of a well-formed key, or null for anything else (which no row can match). */
    static String prefixOf(String key) {
        if (key == null) {
            return null;
        }
        var matcher = FORM.matcher(key);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** The SHA-256 of the key, in lower-case hexadecimal. */
    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether the key hashes to the stored hash, compared in constant time. */
    static boolean matches(String key, String storedHash) {
        return MessageDigest.isEqual(
                hash(key).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

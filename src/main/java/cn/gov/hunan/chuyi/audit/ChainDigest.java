package cn.gov.hunan.chuyi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of the chain: H(previous hash ‖ row). Any algorithm the JCA providers offer: SHA-256 by default;
 * a deployment assessed for commercial cryptography registers BouncyCastle and names SM3.
 */
class ChainDigest {

    private final String algorithm;

    ChainDigest(String algorithm) {
        try {
            MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("chuyi.audit.digest: no provider offers " + algorithm, e);
        }
        this.algorithm = algorithm;
    }

    String algorithm() {
        return algorithm;
    }

    String hash(String previous, String row) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            digest.update(previous.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1e);
            digest.update(row.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

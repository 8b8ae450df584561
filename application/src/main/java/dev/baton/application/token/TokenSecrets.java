package dev.baton.application.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 32 random bytes behind a recognisable prefix, and their SHA-256 hash. A secret has 256 bits of
 * entropy, so a fast hash is enough: no one can guess their way back from it, and checking a token costs microseconds
 * where bcrypt costs a quarter of a second.
 */
public final class TokenSecrets {

    /** Every secret starts with it, so a leaked one is easy to recognise (and to scan for). */
    public static final String PREFIX = "baton_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of the secret, which is all Baton keeps. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package dev.baton.app.security.oidc;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals a {@link PendingSignIn} into a cookie value with AES-256-GCM, so the browser can carry it but neither read nor
 * alter it. The key is derived from the session key, which every instance already shares, under a label of its own,
 * so this cookie and the session cookie can never stand in for each other.
 */
@ApplicationScoped
class PendingSignInCookie {

    static final String NAME = "baton_oidc";

    private static final String LABEL = "baton single sign-on pending state v1\n";

    private final SecretKey key;
    private final Clock clock;

    @Inject
    PendingSignInCookie(
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String sessionKey, Clock clock) {
        this.key = derive(sessionKey);
        this.clock = clock;
    }

    String seal(PendingSignIn pending) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("state", pending.state())
                .claim("nonce", pending.nonce())
                .claim("verifier", pending.codeVerifier())
                .expirationTime(Date.from(pending.expires()))
                .build();
        EncryptedJWT jwt = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims);
        try {
            jwt.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot seal the pending sign-in", e);
        }
        return jwt.serialize();
    }

    /** The pending sign-in, if the value is one this application sealed and it has not expired. */
    Optional<PendingSignIn> open(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(value);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                return Optional.empty();
            }
            jwt.decrypt(new DirectDecrypter(key));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            String state = claims.getStringClaim("state");
            String nonce = claims.getStringClaim("nonce");
            String verifier = claims.getStringClaim("verifier");
            if (expires == null || state == null || nonce == null || verifier == null) {
                return Optional.empty();
            }
            Instant until = expires.toInstant();
            if (!clock.instant().isBefore(until)) {
                return Optional.empty();
            }
            return Optional.of(new PendingSignIn(state, nonce, verifier, until));
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static SecretKey derive(String sessionKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(LABEL.getBytes(StandardCharsets.UTF_8));
            sha256.update(sessionKey.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(sha256.digest(), "AES");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

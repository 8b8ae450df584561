package dev.baton.app.wiring;

import dev.baton.application.notification.port.LinkSigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The link key, derived from {@code BATON_SESSION_KEY} (which every instance shares) under its own label, so a
 * signed link and a session cookie never share a key, and an operator has one secret to keep rather than two.
 */
@ApplicationScoped
public class SessionDerivedLinkKey implements LinkSigningKey {

    private final byte[] key;

    public SessionDerivedLinkKey(@ConfigProperty(name = "baton.session-key") String sessionKey) {
        try {
            this.key = MessageDigest.getInstance("SHA-256")
                    .digest(("links:" + sessionKey).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public byte[] bytes() {
        return key.clone();
    }
}

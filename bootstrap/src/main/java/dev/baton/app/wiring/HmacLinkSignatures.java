package dev.baton.app.wiring;

import dev.baton.application.notification.port.LinkSignatures;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HMAC-SHA256 signatures under a key derived from {@code BATON_SESSION_KEY} (which every instance shares) with its own
 * label, so a signed link and a session cookie never share a key, and an operator keeps one secret rather than two.
 */
@ApplicationScoped
public class HmacLinkSignatures implements LinkSignatures {

    private final SecretKeySpec key;

    public HmacLinkSignatures(@ConfigProperty(name = "baton.session-key") String sessionKey) {
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256")
                    .digest(("links:" + sessionKey).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

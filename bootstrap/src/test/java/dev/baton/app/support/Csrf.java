package dev.baton.app.support;

import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A valid anti-forgery pair, as quarkus-rest-csrf makes it: the token a page's form carries, and the cookie that holds
 * its HMAC signature under the configured key.
 */
public final class Csrf {

    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";

    /** Sixteen bytes ("test-token-12345") in base64url, the shape of the extension's own tokens. */
    public static final String TOKEN = "dGVzdC10b2tlbi0xMjM0NQ";

    private Csrf() {}

    /** The cookie value that goes with {@link #TOKEN}. */
    public static String cookie() {
        return signed(TOKEN);
    }

    /** The cookie value that goes with a token: its signature under the configured key. */
    public static String signed(String token) {
        return CsrfTokenUtils.signCsrfToken(
                token, ConfigProvider.getConfig().getValue("quarkus.rest-csrf.token-signature-key", String.class));
    }
}

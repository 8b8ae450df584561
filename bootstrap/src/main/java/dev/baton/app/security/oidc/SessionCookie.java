package dev.baton.app.security.oidc;

import io.quarkus.vertx.http.runtime.FormAuthConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Writes the session cookie that the form sign-in writes, with the same key, name, lifetime and attributes, because it
 * is built from the same {@code quarkus.http.auth.form.*} and session key settings as Quarkus's form mechanism. Every
 * later request then resumes the session exactly as after a password sign-in ({@code SessionIdentityProvider}).
 */
@ApplicationScoped
class SessionCookie {

    private final PersistentLoginManager logins;
    private final String cookieName;

    @Inject
    SessionCookie(VertxHttpConfig http) {
        FormAuthConfig form = http.auth().form();
        String key = http.encryptionKey()
                .orElseThrow(() -> new IllegalStateException("quarkus.http.auth.session.encryption-key is not set"));
        this.cookieName = form.cookieName();
        this.logins = new PersistentLoginManager(
                key,
                form.cookieName(),
                form.timeout().toMillis(),
                form.newCookieInterval().toMillis(),
                form.httpOnlyCookie(),
                form.cookieSameSite().name(),
                form.cookiePath().orElse(null),
                form.cookieMaxAge().map(Duration::toSeconds).orElse(-1L),
                form.cookieDomain().orElse(null));
    }

    /** Signs the browser of this request in as {@code username}, which must name an existing sign-in. */
    void start(String username, RoutingContext request) {
        logins.save(username, request, cookieName, null, request.request().isSSL());
    }
}

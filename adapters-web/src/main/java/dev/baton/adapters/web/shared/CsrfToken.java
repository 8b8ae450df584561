package dev.baton.adapters.web.shared;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The anti-forgery token of the browser session, written into every form as {@code _csrf} ({@code
 * {inject:csrf.token}}) and kept in an HttpOnly session cookie. Another site can make the browser send the cookie but
 * cannot read it to put it in the form: that mismatch is what {@link CsrfFilter} refuses.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "baton_csrf";
    public static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    private String token;

    public String getToken() {
        if (token == null) {
            Cookie existing = routing.request().getCookie(COOKIE);
            if (existing != null && !existing.getValue().isBlank()) {
                token = existing.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.response()
                        .addCookie(Cookie.cookie(COOKIE, token)
                                .setPath("/")
                                .setHttpOnly(true)
                                .setSameSite(CookieSameSite.STRICT)
                                .setSecure(routing.request().isSSL()));
            }
        }
        return token;
    }
}

package dev.baton.app.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cookies that Baton sets carry {@code Secure} whenever Baton is served over https. Quarkus does so by itself for a
 * request that arrived over TLS, or that a trusted proxy says did ({@code X-Forwarded-Proto: https}, with
 * {@code quarkus.http.proxy.proxy-address-forwarding} on). With {@code BATON_PUBLIC_URL} on https, every cookie is
 * marked here too, whatever the hop from the proxy looked like.
 */
@ApplicationScoped
public class SecureCookies {

    private final boolean publicUrlIsHttps;

    public SecureCookies(@ConfigProperty(name = "baton.public-url") Optional<URI> publicUrl) {
        this.publicUrlIsHttps =
                publicUrl.map(URI::getScheme).map("https"::equalsIgnoreCase).orElse(false);
    }

    void install(@Observes Router router) {
        if (publicUrlIsHttps) {
            router.route().order(Integer.MIN_VALUE).handler(SecureCookies::markWhenSent);
        }
    }

    private static void markWhenSent(RoutingContext context) {
        // Runs just before the headers go out, after every handler has added its cookies.
        context.addHeadersEndHandler(ignored -> {
            for (Cookie cookie : context.request().cookies()) {
                if (cookie instanceof ServerCookie sent && sent.isChanged()) {
                    cookie.setSecure(true);
                }
            }
        });
        context.next();
    }
}

package dev.baton.adapters.web.shared;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses every state-changing page request whose form does not carry the session's anti-forgery token. The JSON API
 * is left out: it accepts only JSON bodies, which a foreign page cannot send without the browser asking first.
 */
public class CsrfFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> refuseForgedForms(ResteasyReactiveContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())
                || isApi(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        Cookie cookie = request.getCookies().get(CsrfToken.COOKIE);
        // @WithFormRead has parsed the form before this filter runs, so reading a field here does not consume the body.
        Object sent = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(CsrfToken.FIELD, true, false);
        if (cookie == null || sent == null || !sameToken(cookie.getValue(), sent.toString())) {
            return Optional.of(ErrorPages.forbidden(request.getHeaders().getFirst("Accept-Language")));
        }
        return Optional.empty();
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean sameToken(String expected, String sent) {
        return !expected.isBlank()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}

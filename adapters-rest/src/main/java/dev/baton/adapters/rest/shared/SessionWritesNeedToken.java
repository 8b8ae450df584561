package dev.baton.adapters.rest.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An API write that a browser's cookie signs in must carry the anti-forgery token in the {@code X-CSRF-TOKEN} header,
 * which quarkus-rest-csrf checks against its signed cookie. A foreign page can make the browser send the cookie (the
 * CSV import accepts any body type, so even a plain form could reach it) but can neither read the token nor add a
 * header without the browser asking first. A signed-in write that carries cookies and no {@code Authorization} header
 * is taken to be such a browser's, whichever cookie signed it in; calls with an {@code Authorization} header (HTTP
 * Basic, a bearer token) carry no ambient credential and need no token.
 */
public class SessionWritesNeedToken {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String tokenHeader;

    public SessionWritesNeedToken(
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
                    String tokenHeader) {
        this.tokenHeader = tokenHeader;
    }

    @ServerRequestFilter
    public Optional<Response> refuseSessionWritesWithoutToken(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())
                || !isApi(request.getUriInfo().getPath())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getCookies().isEmpty()
                || request.getSecurityContext().getUserPrincipal() == null
                || request.getHeaderString(tokenHeader) != null) {
            return Optional.empty();
        }
        return Optional.of(Problems.problem(
                403,
                "Forbidden",
                "A request signed in with the session cookie must send the page's anti-forgery token in the "
                        + tokenHeader + " header; scripts authenticate with an Authorization header instead.",
                List.of()));
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}

package dev.baton.app.wiring;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * quarkus-rest-csrf decodes the token a request sends before comparing it, and a token that is not base64url makes it
 * fail with an exception (a 500). This filter runs just before it and refuses such a token the way the extension
 * refuses a wrong one: 400.
 */
public class MalformedCsrfTokens {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String header;
    private final String field;

    public MalformedCsrfTokens(
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String header,
            @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String field) {
        this.header = header;
        this.field = field;
    }

    @ServerRequestFilter(priority = Priorities.USER - 1)
    @WithFormRead
    public Optional<Response> refuseMalformedTokens(ResteasyReactiveContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return Optional.empty();
        }
        String sent = request.getHeaderString(header);
        if (sent == null && isForm(request.getMediaType())) {
            Object posted = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(field, true, false);
            sent = posted == null ? null : posted.toString();
        }
        return sent == null || wellFormed(sent)
                ? Optional.empty()
                : Optional.of(Response.status(400).build());
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))
                && !type.isWildcardType();
    }

    private static boolean wellFormed(String token) {
        try {
            Base64.getUrlDecoder().decode(token);
            return true;
        } catch (IllegalArgumentException notBase64Url) {
            return false;
        }
    }
}

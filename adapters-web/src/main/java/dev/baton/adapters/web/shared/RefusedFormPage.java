package dev.baton.adapters.web.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * quarkus-rest-csrf refuses a page form without its valid token with an empty 400. A reader gets the error page instead,
 * in their language, with a way back; the status stays 400.
 */
public class RefusedFormPage {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerResponseFilter
    public void showTheErrorPage(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() == 400
                && !response.hasEntity()
                && !SAFE_METHODS.contains(request.getMethod())
                && !(path.equals("/api") || path.startsWith("/api/"))) {
            response.setEntity(ErrorPages.refusedForm(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}

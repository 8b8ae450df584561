package dev.baton.app.wiring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.baton.adapters.rest.shared.Problems;
import dev.baton.adapters.web.shared.ErrorPages;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One exception mapper for the whole application: API requests get {@code application/problem+json}, pages get an
 * error page. The adapters each know how to answer; only the wiring knows which of them a request belongs to.
 */
public class ExceptionRouting {

    // The specific Jackson and JAX-RS types are named because Quarkus ships its own mappers for them, which would
    // otherwise win over a mapper registered for Exception alone.
    @ServerExceptionMapper({
        Exception.class,
        WebApplicationException.class,
        JsonProcessingException.class,
        MismatchedInputException.class,
        io.quarkus.security.UnauthorizedException.class,
        io.quarkus.security.ForbiddenException.class
    })
    public Response route(Exception failure, UriInfo uri, HttpHeaders headers) {
        Exception translated = translated(failure);
        return isApi(uri) ? Problems.from(translated, headers) : ErrorPages.from(translated, headers);
    }

    /** The @RolesAllowed gate speaks Quarkus; the adapters speak the application's language. */
    private static Exception translated(Exception failure) {
        // A failed sign-in (AuthenticationFailedException) stays with Quarkus: the form goes back to /login?error.
        if (failure instanceof io.quarkus.security.UnauthorizedException) {
            return new UnauthenticatedException();
        }
        if (failure instanceof io.quarkus.security.ForbiddenException) {
            return new ForbiddenException("Your role does not allow this.");
        }
        return failure;
    }

    private static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }
}

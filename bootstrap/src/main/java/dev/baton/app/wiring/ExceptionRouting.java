package dev.baton.app.wiring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.baton.adapters.rest.shared.Problems;
import dev.baton.adapters.web.shared.ErrorPages;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.shared.UnavailableException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
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
        if (databaseUnreachable(failure)) {
            return new UnavailableException(failure);
        }
        if (malformedAntiForgeryToken(failure)) {
            return new BadRequestException(failure);
        }
        return failure;
    }

    /**
     * quarkus-rest-csrf decodes the token a form or header sends before comparing it, and a value that is not base64url
     * escapes it as an IllegalArgumentException. That is a refused request (400), the same as a wrong token, not a fault.
     */
    static boolean malformedAntiForgeryToken(Throwable failure) {
        if (!(failure instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith("io.quarkus.csrf.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lost or refused database connection anywhere in the cause chain: SQLState class 08 (connection exception) or a
     * connection the pool could not hand out in time.
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if ((state != null && state.startsWith("08")) || message.contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }
}

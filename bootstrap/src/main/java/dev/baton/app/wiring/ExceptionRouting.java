package dev.baton.app.wiring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.baton.adapters.rest.shared.Problems;
import dev.baton.adapters.web.shared.ErrorPages;
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
        MismatchedInputException.class
    })
    public Response route(Exception failure, UriInfo uri, HttpHeaders headers) {
        return isApi(uri) ? Problems.from(failure, headers) : ErrorPages.from(failure, headers);
    }

    private static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }
}

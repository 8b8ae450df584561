package dev.baton.adapters.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.RefusedException;
import dev.baton.application.shared.UnavailableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The one place where the API turns exceptions into {@code application/problem+json}. No stack trace ever leaves the
 * server: unexpected failures are logged here and answered with a bare 500. The application's exception routing calls
 * these for every request under {@code /api}.
 */
public final class Problems {

    private Problems() {}

    private static final Logger LOG = Logger.getLogger(Problems.class);

    /** The problem document for any failure of an API request. */
    public static Response from(Throwable failure, HttpHeaders headers) {
        if (failure instanceof AlreadyExistsException e) {
            return alreadyExists(e, headers);
        }
        if (failure instanceof InvalidInputException e) {
            return invalidInput(e, headers);
        }
        if (failure instanceof NotFoundException e) {
            return notFound(e);
        }
        if (failure instanceof UnavailableException e) {
            return Response.fromResponse(problem(503, "Service unavailable", e.getMessage(), List.of()))
                    .header("Retry-After", "5")
                    .build();
        }
        if (failure instanceof UnauthenticatedException) {
            return problem(401, "Unauthorized", "Sign in first: use HTTP Basic or a session.", List.of());
        }
        if (failure instanceof ForbiddenException e) {
            return problem(403, "Forbidden", e.getMessage(), List.of());
        }
        if (failure instanceof ConcurrentEditException e) {
            return concurrentEdit(e);
        }
        if (failure instanceof RefusedException e) {
            return refused(e, headers);
        }
        if (failure instanceof JsonProcessingException e) {
            return unreadableJson(e);
        }
        if (failure instanceof WebApplicationException e) {
            return webApplication(e);
        }
        return unexpected(failure);
    }

    static Response invalidInput(InvalidInputException e, HttpHeaders headers) {
        List<Problem.FieldProblem> errors = fieldProblems(e, headers);
        return problem(422, "Invalid input", errors.get(0).message(), errors);
    }

    private static List<Problem.FieldProblem> fieldProblems(InvalidInputException e, HttpHeaders headers) {
        return e.errors().stream()
                .map(error -> new Problem.FieldProblem(error.field(), Languages.pick(error.phrase(), headers)))
                .toList();
    }

    /** A duplicate create, whether caught by the check before the write or by the unique constraint in a race. */
    static Response alreadyExists(AlreadyExistsException e, HttpHeaders headers) {
        List<Problem.FieldProblem> errors = fieldProblems(e, headers);
        return problem(409, "Already exists", errors.get(0).message(), errors);
    }

    static Response notFound(NotFoundException e) {
        return problem(404, "Not found", e.getMessage(), List.of());
    }

    static Response concurrentEdit(ConcurrentEditException e) {
        return problem(409, "Concurrent edit", e.getMessage(), List.of());
    }

    static Response refused(RefusedException e, HttpHeaders headers) {
        return problem(409, "Refused", Languages.pick(e.reason(), headers), List.of());
    }

    static Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof MismatchedInputException mismatch
                ? mismatch.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                        .orElse("body")
                : "body";
        String message = e instanceof MismatchedInputException
                ? "This value has the wrong type."
                : "The body is not valid JSON: " + e.getOriginalMessage();
        return problem(400, "Malformed request", message, List.of(new Problem.FieldProblem(field, message)));
    }

    static Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        String title =
                switch (status) {
                    case 404 -> "Not found";
                    case 401 -> "Unauthorized";
                    case 403 -> "Forbidden";
                    default ->
                        e instanceof NotAllowedException
                                ? "Method not allowed"
                                : e instanceof NotSupportedException ? "Unsupported media type" : "Request failed";
                };
        if (status >= 500) {
            LOG.error("request failed", e);
            return problem(status, "Server error", "The server could not handle this request.", List.of());
        }
        return problem(status, title, title + ".", List.of());
    }

    static Response unexpected(Throwable e) {
        LOG.error("unexpected failure", e);
        return problem(500, "Server error", "The server could not handle this request.", List.of());
    }

    public static Response problem(int status, String title, String detail, List<Problem.FieldProblem> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors))
                .build();
    }
}

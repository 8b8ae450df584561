package dev.baton.adapters.web.shared;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.RefusedException;
import dev.baton.application.shared.UnavailableException;
import dev.baton.application.text.Phrasebook;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The page a reader sees when a request cannot be served. It says what happened in their language and never shows a
 * stack trace; unexpected failures are logged here.
 */
public final class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private ErrorPages() {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String detail);
    }

    public static Response from(Throwable failure, HttpHeaders headers) {
        Locale locale = Language.of(headers);
        if (failure instanceof UnavailableException) {
            return render(503, "");
        }
        if (failure instanceof UnauthenticatedException) {
            return Html.redirect("/login");
        }
        if (failure instanceof ForbiddenException) {
            return render(403, "");
        }
        if (failure instanceof NotFoundException) {
            return render(404, "");
        }
        if (failure instanceof ConcurrentEditException) {
            return render(409, "");
        }
        if (failure instanceof RefusedException e) {
            return render(409, Phrasebook.word(e.reason(), locale));
        }
        if (failure instanceof AlreadyExistsException e) {
            return render(409, Phrasebook.word(e.errors().get(0).phrase(), locale));
        }
        if (failure instanceof InvalidInputException e) {
            return render(400, Phrasebook.word(e.errors().get(0).phrase(), locale));
        }
        if (failure instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            return render(e.getResponse().getStatus(), "");
        }
        LOG.error("page failed", failure);
        return render(500, "");
    }

    /** The page for a form refused before any page code ran (see {@link RefusedFormPage}), rendered at once. */
    static String refusedForm() {
        return Templates.error(400, "").data("errorPage", true).render();
    }

    /** The not-found page for an answer given on the HTTP router, outside the REST layer, rendered at once. */
    public static String notFoundPage() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return Templates.error(404, "").data("errorPage", true).render();
        }
        // The router's handlers run outside CDI's request context, which the page's language lookup expects.
        requestContext.activate();
        try {
            return Templates.error(404, "").data("errorPage", true).render();
        } finally {
            requestContext.terminate();
        }
    }

    /**
     * The error page leaves out the sign-out form: some errors are answered before quarkus-rest-csrf has issued the
     * request's token (an address nothing serves, a body over the limit), and the form cannot be written without one.
     */
    private static Response render(int status, String detail) {
        return Response.status(status)
                .entity(Templates.error(status, detail).data("errorPage", true))
                .build();
    }
}

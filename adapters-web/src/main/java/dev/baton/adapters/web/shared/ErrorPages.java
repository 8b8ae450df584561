package dev.baton.adapters.web.shared;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.RefusedException;
import dev.baton.application.shared.UnavailableException;
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
            return render(503, "", locale);
        }
        if (failure instanceof UnauthenticatedException) {
            return Html.redirect("/login");
        }
        if (failure instanceof ForbiddenException) {
            return render(403, "", locale);
        }
        if (failure instanceof NotFoundException) {
            return render(404, "", locale);
        }
        if (failure instanceof ConcurrentEditException) {
            return render(409, "", locale);
        }
        if (failure instanceof RefusedException e) {
            return render(409, e.reason().in(locale), locale);
        }
        if (failure instanceof AlreadyExistsException e) {
            return render(409, e.errors().get(0).message().in(locale), locale);
        }
        if (failure instanceof InvalidInputException e) {
            return render(400, e.errors().get(0).message().in(locale), locale);
        }
        if (failure instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            return render(e.getResponse().getStatus(), "", locale);
        }
        LOG.error("page failed", failure);
        return render(500, "", locale);
    }

    /** The answer to a forged or expired form, before any page code runs. */
    static Response forbidden(String acceptLanguage) {
        return render(403, "", Language.supported(acceptLanguage));
    }

    private static Response render(int status, String detail, Locale locale) {
        return Html.page(Templates.error(status, detail), locale, status);
    }
}

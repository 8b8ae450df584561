package dev.baton.adapters.web.shared;

import dev.baton.application.preference.Language;
import dev.baton.application.preference.StoredLanguageUseCase;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The language the signed-in reader stored in their preferences, looked up once per request and only for pages (a
 * JSON call never asks). {@link Language#of} reaches it statically, so every page that already asks for the reader's
 * language gets it without a change.
 */
@RequestScoped
@Unremovable
public class ReaderLanguage {

    private static final Logger LOG = Logger.getLogger(ReaderLanguage.class);

    @Inject
    StoredLanguageUseCase storedLanguage;

    private Optional<Locale> looked;

    /** The stored language of whoever is signed in for this request; empty outside a request or for anyone else. */
    static Optional<Locale> current() {
        ArcContainer container = Arc.container();
        if (container == null
                || !container.requestContext().isActive()
                || io.vertx.core.Context.isOnEventLoopThread()) {
            // On the event loop (a refusal before any page code ran) the database is not asked: the browser's language.
            return Optional.empty();
        }
        ReaderLanguage reader = container.instance(ReaderLanguage.class).get();
        return reader == null ? Optional.empty() : reader.stored();
    }

    Optional<Locale> stored() {
        if (looked == null) {
            try {
                looked = storedLanguage.ofReader().map(Language::locale);
            } catch (RuntimeException e) {
                // A page in the browser's language beats no page: the error page itself asks for the language.
                LOG.debugf(e, "the reader's stored language could not be read");
                looked = Optional.empty();
            }
        }
        return looked;
    }
}

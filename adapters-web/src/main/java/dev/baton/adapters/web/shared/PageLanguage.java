package dev.baton.adapters.web.shared;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * Every page speaks the reader's language ({@link Language#of}): each template instance made during a request gets that
 * locale, for its message bundles, and {@code lang}, for the layout's {@code <html lang>} and language switch. Pages
 * return their template and Quarkus renders it; they never set the language themselves. A template rendered outside a
 * request, such as a scheduled mail, is left as its renderer set it.
 */
@ApplicationScoped
public class PageLanguage {

    void inReadersLanguage(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(PageLanguage::initialise);
    }

    static void initialise(TemplateInstance template) {
        ResteasyReactiveRequestContext request;
        try {
            request = CurrentRequestManager.get();
        } catch (ContextNotActiveException e) {
            // Outside any request (a scheduled digest): the template keeps the language its renderer gives it.
            return;
        }
        if (request == null) {
            return;
        }
        Locale locale = Language.of(request.getHttpHeaders());
        template.setLocale(locale).data("lang", Language.tag(locale));
    }
}

package dev.baton.adapters.web.mail;

import dev.baton.application.notification.Letter;
import dev.baton.application.notification.RenderedMail;
import dev.baton.application.notification.port.MailRendering;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lays a letter out with the templates under {@code templates/mail/}: {@code letterText.txt} as the plain-text part and
 * {@code letterHtml.html} as the HTML part, whose styles are inline (mail readers drop style sheets) and which loads
 * nothing from elsewhere. Every word was chosen by the application already, in the reader's language; Qute escapes
 * them in the HTML part.
 */
@ApplicationScoped
public class QuteMailRendering implements MailRendering {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance letterText(Letter letter);

        static native TemplateInstance letterHtml(Letter letter);
    }

    @Override
    public RenderedMail render(Letter letter) {
        return new RenderedMail(
                Templates.letterText(letter).render(),
                Templates.letterHtml(letter).render());
    }
}

package dev.baton.application.notification.port;

import dev.baton.application.notification.Letter;
import dev.baton.application.notification.RenderedMail;

/** Lays a letter out as the two parts of a mail; the web adapter does it with its templates. */
public interface MailRendering {

    RenderedMail render(Letter letter);
}

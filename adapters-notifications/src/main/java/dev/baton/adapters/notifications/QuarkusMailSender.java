package dev.baton.adapters.notifications;

import dev.baton.application.notification.port.DeliveryFailure;
import dev.baton.application.notification.port.MailSender;
import dev.baton.domain.notification.Channel;
import dev.baton.domain.notification.Message;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail through quarkus-mailer, to the server of {@code BATON_SMTP_HOST} (see {@link MailServerSettings} and the
 * {@code quarkus.mailer.*} lines of application.properties): a plain-text and an HTML part, from
 * {@code BATON_MAIL_FROM}. Without a host nothing is ever handed to the mailer, so nothing pretends to be sent.
 */
@ApplicationScoped
public class QuarkusMailSender implements MailSender {

    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final Mailer mailer;
    private final boolean configured;
    private final String from;

    @Inject
    public QuarkusMailSender(
            Mailer mailer,
            @ConfigProperty(name = "baton.smtp.host") Optional<String> host,
            @ConfigProperty(name = "baton.mail.from", defaultValue = "baton@localhost") String from) {
        this.mailer = mailer;
        this.configured = host.filter(h -> !h.isBlank()).isPresent();
        this.from = from;
    }

    @Override
    public boolean configured() {
        return configured;
    }

    @Override
    public void send(Message message) throws DeliveryFailure {
        if (message.channel() != Channel.MAIL) {
            throw new IllegalArgumentException("not a mail message: " + message.channel());
        }
        if (!configured) {
            throw new DeliveryFailure("no mail server is configured (BATON_SMTP_HOST)");
        }
        Mail mail = Mail.withText(message.address(), message.subject(), message.text())
                .setFrom(from);
        message.html().ifPresent(mail::setHtml);
        // RFC 8058: a mail client may offer its own unsubscribe button and post List-Unsubscribe=One-Click to the URL,
        // with no cookie, which OneClickUnsubscribe answers. A mail kept before the header existed goes without it.
        message.listUnsubscribe().ifPresent(url -> mail.addHeader(LIST_UNSUBSCRIBE, "<" + url + ">")
                .addHeader(LIST_UNSUBSCRIBE_POST, ONE_CLICK));
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw new DeliveryFailure(Failures.describe(e), e);
        }
    }
}

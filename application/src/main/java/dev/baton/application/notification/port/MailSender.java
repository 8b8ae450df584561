package dev.baton.application.notification.port;

import dev.baton.domain.notification.Message;

/** Sends a mail message through the configured mail server, its text and HTML parts together. */
public interface MailSender {

    /**
     * Whether a mail server is configured at all. Without one, mail is never claimed from the outbox: it stays KEPT,
     * readable on the outbox page, and nothing pretends to have sent it.
     */
    boolean configured();

    /** Sends the message now, or says why it could not. */
    void send(Message message) throws DeliveryFailure;
}

package dev.baton.application.notification.port;

import dev.baton.domain.notification.Message;

/**
 * Where every message Baton composes is written, in the transaction of the use case that composed
 * it, so that a message is kept exactly when the change that caused it is committed. Delivery reads
 * the outbox afterwards and never runs inside a request.
 */
public interface Outbox {

    /** Keeps the message for delivery; answers the outbox entry's id. */
    long keep(Message message);
}

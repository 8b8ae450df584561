package dev.baton.domain.notification;

/**
 * Where a message in the outbox stands: KEPT waits for its first delivery (for ever, for mail, while no mail server is
 * configured), SENT went out, FAILED went wrong last time and is tried again later, up to the retry rule's limit.
 */
public enum DeliveryStatus {
    KEPT,
    SENT,
    FAILED
}

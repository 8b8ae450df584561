package dev.baton.application.notification.delivery;

/**
 * Delivers what is due in the outbox: run by a ticker on every instance, never by a request. Mail is delivered only
 * when a mail server is configured; chat posts always.
 */
public interface DeliverOutboxUseCase {

    DeliveryRound deliverDue();
}

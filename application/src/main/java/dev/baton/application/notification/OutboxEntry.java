package dev.baton.application.notification;

import dev.baton.domain.notification.DeliveryStatus;
import dev.baton.domain.notification.Message;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the outbox: the message, where its delivery stands, how often it was attempted, when it may be attempted
 * next, and why the last attempt failed.
 */
public record OutboxEntry(
        long id,
        Message message,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Optional<String> lastError,
        Optional<Instant> sentAt) {

    public OutboxEntry {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(sentAt, "sentAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts are counted from 0");
        }
    }
}

package dev.baton.application.notification.outbox;

import dev.baton.application.notification.OutboxEntry;
import dev.baton.domain.notification.Backoff;
import dev.baton.domain.notification.Channel;
import dev.baton.domain.notification.DeliveryStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * One message as an admin reads it in the outbox. {@code nextAttemptAt} is set only for a FAILED message that will be
 * tried again; {@code givenUp} marks one that failed its last allowed attempt; {@code listUnsubscribe} is the URL of a
 * mail's {@code List-Unsubscribe} header, empty for a chat post and for a mail kept before the header existed.
 */
public record OutboxItem(
        long id,
        Channel channel,
        String to,
        String subject,
        String text,
        Optional<String> html,
        String kind,
        DeliveryStatus status,
        Instant createdAt,
        int attempts,
        Optional<String> lastError,
        Optional<Instant> nextAttemptAt,
        Optional<Instant> sentAt,
        boolean givenUp,
        Optional<String> listUnsubscribe) {

    static OutboxItem of(OutboxEntry entry, Backoff backoff) {
        boolean failed = entry.status() == DeliveryStatus.FAILED;
        boolean givenUp = failed && backoff.givenUp(entry.attempts());
        return new OutboxItem(
                entry.id(),
                entry.message().channel(),
                entry.message().address(),
                entry.message().subject(),
                entry.message().text(),
                entry.message().html(),
                entry.message().kind(),
                entry.status(),
                entry.createdAt(),
                entry.attempts(),
                entry.lastError(),
                failed && !givenUp ? Optional.of(entry.nextAttemptAt()) : Optional.empty(),
                entry.sentAt(),
                givenUp,
                entry.message().listUnsubscribe());
    }
}

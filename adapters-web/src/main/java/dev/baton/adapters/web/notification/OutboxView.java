package dev.baton.adapters.web.notification;

import dev.baton.application.notification.outbox.OutboxItem;
import dev.baton.application.shared.Page;
import java.time.Instant;
import java.util.List;

/** The outbox page: one page of messages, each as the template shows it. */
public record OutboxView(Page<Row> messages) {

    /**
     * One message; {@code html} is empty for a chat post, {@code nextAttempt} is empty unless it will be retried, and
     * {@code listUnsubscribe} is empty for a chat post and a mail kept before the header existed.
     */
    public record Row(
            long id,
            String channel,
            String to,
            String subject,
            String kind,
            String status,
            String badge,
            String createdAt,
            int attempts,
            String text,
            String html,
            boolean hasHtml,
            String lastError,
            String nextAttempt,
            String sentAt,
            boolean givenUp,
            String listUnsubscribe,
            boolean hasListUnsubscribe) {

        static Row of(OutboxItem item) {
            String status = item.status().name();
            return new Row(
                    item.id(),
                    item.channel().name(),
                    item.to(),
                    item.subject(),
                    item.kind(),
                    status,
                    switch (item.status()) {
                        case SENT -> "ok";
                        case FAILED -> "bad";
                        case KEPT -> "muted";
                    },
                    item.createdAt().toString(),
                    item.attempts(),
                    item.text(),
                    item.html().orElse(""),
                    item.html().isPresent(),
                    item.lastError().orElse(""),
                    item.nextAttemptAt().map(Instant::toString).orElse(""),
                    item.sentAt().map(Instant::toString).orElse(""),
                    item.givenUp(),
                    item.listUnsubscribe().orElse(""),
                    item.listUnsubscribe().isPresent());
        }
    }

    static OutboxView of(Page<OutboxItem> page) {
        return new OutboxView(page.map(Row::of));
    }

    public List<Row> items() {
        return messages.items();
    }
}

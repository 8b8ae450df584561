package dev.baton.application.fakes;

import dev.baton.application.notification.OutboxEntry;
import dev.baton.application.notification.port.Outbox;
import dev.baton.application.notification.port.OutboxEntries;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.notification.Channel;
import dev.baton.domain.notification.DeliveryStatus;
import dev.baton.domain.notification.Message;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox with its delivery state, in memory: messages are kept as the PostgreSQL adapter keeps them (KEPT, due at
 * once, stamped by the clock) and claimed, marked and listed by the rules of {@link OutboxEntries}.
 */
public final class InMemoryOutboxEntries implements Outbox, OutboxEntries {

    private static final class Row {
        final long id;
        final Message message;
        final Instant createdAt;
        DeliveryStatus status = DeliveryStatus.KEPT;
        int attempts;
        Instant nextAttemptAt;
        Instant claimedUntil;
        String lastError;
        Instant sentAt;

        Row(long id, Message message, Instant createdAt) {
            this.id = id;
            this.message = message;
            this.createdAt = createdAt;
            this.nextAttemptAt = createdAt;
        }

        OutboxEntry entry() {
            return new OutboxEntry(
                    id,
                    message,
                    status,
                    attempts,
                    createdAt,
                    nextAttemptAt,
                    Optional.ofNullable(lastError),
                    Optional.ofNullable(sentAt));
        }
    }

    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private final Clock clock;
    private long lastId;

    public InMemoryOutboxEntries(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized long keep(Message message) {
        long id = ++lastId;
        rows.put(id, new Row(id, message, clock.instant()));
        return id;
    }

    @Override
    public synchronized List<OutboxEntry> claimDue(
            Instant now, Instant leaseUntil, Set<Channel> channels, int maxAttempts, int limit) {
        List<Row> due = rows.values().stream()
                .filter(r -> r.status != DeliveryStatus.SENT)
                .filter(r -> channels.contains(r.message.channel()))
                .filter(r -> r.attempts < maxAttempts)
                .filter(r -> !r.nextAttemptAt.isAfter(now))
                .filter(r -> r.claimedUntil == null || !r.claimedUntil.isAfter(now))
                .sorted(Comparator.comparing((Row r) -> r.nextAttemptAt).thenComparingLong(r -> r.id))
                .limit(limit)
                .toList();
        List<OutboxEntry> claimed = new ArrayList<>();
        for (Row row : due) {
            row.claimedUntil = leaseUntil;
            claimed.add(row.entry());
        }
        return claimed;
    }

    @Override
    public synchronized void markSent(long id, Instant at) {
        Row row = row(id);
        row.status = DeliveryStatus.SENT;
        row.sentAt = at;
        row.claimedUntil = null;
    }

    @Override
    public synchronized void markFailed(long id, int attempts, String reason, Instant nextAttemptAt) {
        Row row = row(id);
        row.status = DeliveryStatus.FAILED;
        row.attempts = attempts;
        row.lastError = reason;
        row.nextAttemptAt = nextAttemptAt;
        row.claimedUntil = null;
    }

    @Override
    public synchronized Page<OutboxEntry> newestFirst(PageRequest page) {
        List<OutboxEntry> all = rows.values().stream()
                .sorted(Comparator.comparing((Row r) -> r.createdAt)
                        .thenComparingLong(r -> r.id)
                        .reversed())
                .map(Row::entry)
                .toList();
        List<OutboxEntry> slice =
                all.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(slice, page.page(), page.size(), all.size());
    }

    /** The entry as it stands now. */
    public synchronized OutboxEntry entry(long id) {
        return row(id).entry();
    }

    private Row row(long id) {
        Row row = rows.get(id);
        if (row == null) {
            throw new IllegalArgumentException("no outbox message " + id);
        }
        return row;
    }
}

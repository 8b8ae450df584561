package dev.baton.adapters.persistence.notification;

import dev.baton.application.notification.OutboxEntry;
import dev.baton.application.notification.port.OutboxEntries;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.notification.Channel;
import dev.baton.domain.notification.DeliveryStatus;
import dev.baton.domain.notification.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Claims, outcomes and the admin's list over {@code outbox_message}. A claim locks the due rows with
 * {@code FOR UPDATE SKIP LOCKED} and writes their lease in the same statement's transaction, so two instances claiming
 * at once each get rows the other did not lock, and once the claim commits its lease keeps every later claimer away.
 */
@ApplicationScoped
public class OutboxEntriesPersistenceAdapter implements OutboxEntries {

    private static final String DUE = "select id from outbox_message"
            + " where status <> 'SENT' and channel in (:channels) and attempts < :maxAttempts"
            + " and next_attempt_at <= :now and (claimed_until is null or claimed_until <= :now)"
            + " order by next_attempt_at, id limit :limit for update skip locked";

    private final EntityManager entityManager;
    private final OutboxMessagePanacheRepository repository;

    @Inject
    public OutboxEntriesPersistenceAdapter(EntityManager entityManager, OutboxMessagePanacheRepository repository) {
        this.entityManager = entityManager;
        this.repository = repository;
    }

    @Override
    public List<OutboxEntry> claimDue(
            Instant now, Instant leaseUntil, Set<Channel> channels, int maxAttempts, int limit) {
        if (channels.isEmpty() || limit < 1) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager
                .createNativeQuery(DUE)
                .setParameter("channels", channels.stream().map(Channel::name).toList())
                .setParameter("maxAttempts", maxAttempts)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        List<OutboxMessageJpaEntity> rows =
                repository.find("id in ?1 order by nextAttemptAt, id", claimed).list();
        for (OutboxMessageJpaEntity row : rows) {
            row.claimedUntil = leaseUntil;
        }
        repository.flush();
        return rows.stream().map(OutboxEntriesPersistenceAdapter::toEntry).toList();
    }

    @Override
    public void markSent(long id, Instant at) {
        OutboxMessageJpaEntity row = row(id);
        row.status = DeliveryStatus.SENT.name();
        row.sentAt = at;
        row.claimedUntil = null;
        repository.flush();
    }

    @Override
    public void markFailed(long id, int attempts, String reason, Instant nextAttemptAt) {
        OutboxMessageJpaEntity row = row(id);
        row.status = DeliveryStatus.FAILED.name();
        row.attempts = attempts;
        row.lastError = reason;
        row.nextAttemptAt = nextAttemptAt;
        row.claimedUntil = null;
        repository.flush();
    }

    @Override
    public Page<OutboxEntry> newestFirst(PageRequest page) {
        List<OutboxEntry> items = repository
                .find("order by createdAt desc, id desc")
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()))
                .list()
                .stream()
                .map(OutboxEntriesPersistenceAdapter::toEntry)
                .toList();
        return new Page<>(items, page.page(), page.size(), repository.count());
    }

    private OutboxMessageJpaEntity row(long id) {
        OutboxMessageJpaEntity row = repository.findById(id);
        if (row == null) {
            throw new IllegalArgumentException("no outbox message " + id);
        }
        return row;
    }

    private static OutboxEntry toEntry(OutboxMessageJpaEntity row) {
        Message message = new Message(
                Channel.valueOf(row.channel),
                row.address,
                row.subject,
                row.text,
                Optional.ofNullable(row.html),
                row.kind,
                Optional.ofNullable(row.listUnsubscribe));
        return new OutboxEntry(
                row.id,
                message,
                DeliveryStatus.valueOf(row.status),
                row.attempts,
                row.createdAt,
                row.nextAttemptAt,
                Optional.ofNullable(row.lastError),
                Optional.ofNullable(row.sentAt));
    }
}

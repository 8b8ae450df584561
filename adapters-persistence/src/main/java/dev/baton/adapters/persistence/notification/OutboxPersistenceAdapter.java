package dev.baton.adapters.persistence.notification;

import dev.baton.application.notification.port.Outbox;
import dev.baton.domain.notification.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** The outbox as rows of {@code outbox_message}, written in the caller's transaction. */
@ApplicationScoped
public class OutboxPersistenceAdapter implements Outbox {

    private final OutboxMessagePanacheRepository repository;
    private final Clock clock;

    @Inject
    public OutboxPersistenceAdapter(OutboxMessagePanacheRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public long keep(Message message) {
        Instant now = clock.instant();
        OutboxMessageJpaEntity entity = new OutboxMessageJpaEntity();
        entity.channel = message.channel().name();
        entity.address = message.address();
        entity.subject = message.subject();
        entity.text = message.text();
        entity.html = message.html().orElse(null);
        entity.kind = message.kind();
        entity.listUnsubscribe = message.listUnsubscribe().orElse(null);
        entity.status = "KEPT";
        entity.createdAt = now;
        entity.nextAttemptAt = now;
        repository.persist(entity);
        repository.flush();
        return entity.id;
    }
}

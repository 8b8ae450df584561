package dev.baton.adapters.persistence.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OutboxMessagePanacheRepository implements PanacheRepositoryBase<OutboxMessageJpaEntity, Long> {}

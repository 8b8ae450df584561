package dev.baton.adapters.persistence.shared;

import dev.baton.application.shared.port.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * PostgreSQL's own snapshot as the data version: {@code pg_current_snapshot()} names the oldest running transaction,
 * the next transaction id and those in progress. A commit changes it and reading never does (a transaction that
 * writes nothing gets no id), so an equal snapshot means the same committed data. Any write to any table changes it:
 * the token is exact, never stale, at the price of changing more often than strictly needed. PostgreSQL 13 or later.
 */
@ApplicationScoped
public class PostgresDataVersion implements DataVersion {

    private final EntityManager entityManager;

    @Inject
    public PostgresDataVersion(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String current() {
        return entityManager
                .createNativeQuery("select pg_current_snapshot()::text")
                .getSingleResult()
                .toString();
    }
}

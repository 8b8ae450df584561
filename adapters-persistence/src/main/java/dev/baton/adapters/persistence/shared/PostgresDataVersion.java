package dev.baton.adapters.persistence.shared;

import dev.baton.application.shared.port.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The scorecard's data version kept by PostgreSQL itself: a counter that statement-level triggers on the tables the
 * scorecard reads move once per committing transaction (see {@code V19__scorecard_data_version.sql}), with the epoch
 * of the database it lives in. It moves in the writing transaction, so a reader sees a new version exactly when it
 * sees the data that moved it; writes to any other table (sign-ins, the audit trail, the outbox), autovacuum and other
 * databases leave it alone.
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
                .createNativeQuery("select epoch || ':' || n from scorecard_data_version")
                .getSingleResult()
                .toString();
    }
}

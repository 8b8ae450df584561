package dev.baton.adapters.persistence.shared;

import dev.baton.application.shared.ConcurrentEditException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.StaleStateException;

/**
 * Flushes inside the adapter so a lost optimistic-lock race surfaces here, as the application's conflict, instead of
 * as a Hibernate exception at commit time outside the use case.
 */
public final class Flushing {

    private Flushing() {}

    public static void flushGuarded(EntityManager entityManager, String what, Object id) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentEditException(what, id);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof StaleStateException) {
                throw new ConcurrentEditException(what, id);
            }
            throw e;
        }
    }
}

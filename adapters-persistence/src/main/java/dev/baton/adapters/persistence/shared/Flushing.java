package dev.baton.adapters.persistence.shared;

import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.ConcurrentEditException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Flushes inside the adapter so a lost race surfaces here, as the application's conflict, instead of as a Hibernate
 * exception at commit time outside the use case: a stale version becomes a {@link ConcurrentEditException}, a unique
 * constraint that another request filled first (a double-clicked Save) an {@link AlreadyExistsException}, worded by
 * {@link UniqueConstraints}. This is the one place where the persistence adapters translate those failures.
 */
public final class Flushing {

    private Flushing() {}

    public static void flushGuarded(EntityManager entityManager, String what, Object id) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentEditException(what, id);
        } catch (ConstraintViolationException e) {
            throw translated(e, what);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof StaleStateException) {
                throw new ConcurrentEditException(what, id);
            }
            if (e.getCause() instanceof ConstraintViolationException violation) {
                throw translated(violation, what);
            }
            throw e;
        }
    }

    static RuntimeException translated(ConstraintViolationException e, String what) {
        if (UniqueConstraints.UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return UniqueConstraints.taken(e.getConstraintName(), what);
        }
        return e;
    }
}

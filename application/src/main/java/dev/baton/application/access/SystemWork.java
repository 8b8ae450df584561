package dev.baton.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Work that no person asked for, such as a start-up or a scheduled job, acts as the system actor only inside
 * {@link #call}: the job says so where it runs. Anywhere else, work outside a request is anonymous and may do nothing
 * that needs a role.
 */
@ApplicationScoped
public class SystemWork {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Runs {@code work} on this thread as the system actor, and returns what it returns. */
    public <T> T call(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    /** Whether the current thread is inside {@link #call}. */
    public boolean active() {
        return ACTIVE.get();
    }
}

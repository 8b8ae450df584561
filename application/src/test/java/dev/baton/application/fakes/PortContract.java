package dev.baton.application.fakes;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What every port contract shares, so one contract runs against the in-memory fake and the PostgreSQL adapter alike
 * (as hexagonal-architecture-java's {@code AbstractCartRepositoryTest} does): each step of a contract is one
 * transaction, which the fake does not need and the adapter's subclass opens; names are unique per run, because the
 * adapter's subclass shares its database with every other test.
 */
public abstract class PortContract {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36);

    /** Runs one step of the contract and returns what it found; the adapter's subclass commits it on its own. */
    protected <T> T call(Supplier<T> step) {
        return step.get();
    }

    /** Runs one step of the contract; the adapter's subclass commits it on its own. */
    protected void run(Runnable step) {
        step.run();
    }

    protected static String unique(String prefix) {
        return prefix + " " + RUN + "-" + COUNTER.incrementAndGet();
    }

    protected static String email(String who) {
        return who + "." + RUN + "." + COUNTER.incrementAndGet() + "@example.com";
    }

    /** A metric key no other test uses: lower case, digits and underscores. */
    protected static String uniqueKey(String prefix) {
        return prefix + "_" + RUN + "_" + COUNTER.incrementAndGet();
    }
}

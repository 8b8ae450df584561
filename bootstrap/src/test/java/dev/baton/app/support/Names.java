package dev.baton.app.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Unique names, so tests sharing one database never trip over each other's data. */
public final class Names {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36);

    private Names() {}

    public static String unique(String prefix) {
        return prefix + " " + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static String email(String who) {
        return who + "." + RUN + "." + COUNTER.incrementAndGet() + "@example.com";
    }
}

package dev.baton.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: the first retry {@code first} after the failure, each next one twice as late,
 * never later than {@code cap}; after {@code maxAttempts} failed attempts the message is given up and stays FAILED,
 * shown with its reason on the outbox page.
 *
 * <p>{@link #standard()}: 1 minute, 2, 4, 8, 16, 32, then hourly, given up after 10 attempts (about five hours after
 * the first).
 */
public record Backoff(Duration first, Duration cap, int maxAttempts) {

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(cap, "cap");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("the first retry waits a positive time");
        }
        if (cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("the cap is at least the first wait");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a message is attempted at least once");
        }
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 10);
    }

    /** How long to wait after the {@code attempts}-th failed attempt (counting from 1). */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("a delay follows a failed attempt, counted from 1");
        }
        Duration delay = first;
        for (int i = 1; i < attempts; i++) {
            delay = delay.multipliedBy(2);
            if (delay.compareTo(cap) >= 0) {
                return cap;
            }
        }
        return delay;
    }

    /**
     * When to try again after the {@code attempts}-th failed attempt at {@code failedAt}; empty when that was the last
     * attempt allowed and the message is given up.
     */
    public Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
        Objects.requireNonNull(failedAt, "failedAt");
        if (givenUp(attempts)) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attempts)));
    }

    /** Whether a message that failed this many times is tried no more. */
    public boolean givenUp(int attempts) {
        return attempts >= maxAttempts;
    }
}

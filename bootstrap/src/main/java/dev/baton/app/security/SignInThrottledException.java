package dev.baton.app.security;

import java.time.Duration;

/**
 * A client address held back after too many failed sign-ins. Deliberately not an AuthenticationFailedException: that
 * one would be answered with the usual challenge (a 401, or the form's error page); this one is a 429 with
 * Retry-After ({@link SignInThrottledResponse}).
 */
public final class SignInThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins from this client", null, false, false);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, never less than one. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}

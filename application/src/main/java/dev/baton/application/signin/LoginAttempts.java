package dev.baton.application.signin;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins per username, kept for any name typed, whether an account exists or not, so a lockout never tells
 * an attacker which usernames are real.
 */
public interface LoginAttempts {

    /** When sign-in for this username is paused until, if it is. */
    Optional<Instant> lockedUntil(String username);

    /** Counts one more failure and returns how many there have been in a row. */
    int recordFailure(String username, Instant at);

    void lock(String username, Instant until);

    void reset(String username);
}

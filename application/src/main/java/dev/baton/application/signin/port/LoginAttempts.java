package dev.baton.application.signin.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins, kept for any name typed, whether an account exists or not, so a lockout never tells an attacker
 * which usernames are real. They are counted twice: per username and client address, for the lockout of a name (so a
 * flood from one address cannot lock a person out everywhere else), and per client address alone, for the limit that
 * stops one address before it reaches bcrypt at all.
 */
public interface LoginAttempts {

    /** When sign-in for this username from this client is paused until, if it is. */
    Optional<Instant> lockedUntil(String username, String client);

    /** Counts one more failure of this username from this client and returns how many there have been in a row. */
    int recordFailure(String username, String client, Instant at);

    void lock(String username, String client, Instant until);

    /** After a successful sign-in: this client's count for the name starts again. */
    void reset(String username, String client);

    /** After a new password: every client's count for the name starts again. */
    void reset(String username);

    /** When this client may try again, if it is held back. */
    Optional<Instant> clientBlockedUntil(String client);

    /**
     * Counts one more failure from this client, in a window of {@code window} that starts at its first failure, and
     * returns how many the window holds.
     */
    int recordClientFailure(String client, Instant at, Duration window);

    void blockClient(String client, Instant until);

    /** Forgets every count whose last failure is before {@code before} and that holds no pause still running at {@code now}. */
    void purge(Instant before, Instant now);
}

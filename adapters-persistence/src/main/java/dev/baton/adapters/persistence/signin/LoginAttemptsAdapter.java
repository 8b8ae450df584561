package dev.baton.adapters.persistence.signin;

import dev.baton.application.signin.port.LoginAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Failed sign-ins, counted with one atomic upsert each, so parallel guesses cannot slip past a limit. */
@ApplicationScoped
public class LoginAttemptsAdapter implements LoginAttempts {

    private final EntityManager entityManager;

    @Inject
    public LoginAttemptsAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Instant> lockedUntil(String username, String client) {
        List<?> rows = entityManager
                .createNativeQuery("select locked_until from login_attempt"
                        + " where username = ?1 and client = ?2 and locked_until is not null")
                .setParameter(1, username)
                .setParameter(2, client)
                .getResultList();
        return rows.stream().findFirst().map(LoginAttemptsAdapter::toInstant);
    }

    @Override
    public int recordFailure(String username, String client, Instant at) {
        Number failures = (Number) entityManager
                .createNativeQuery("insert into login_attempt (username, client, failures, last_failure_at)"
                        + " values (?1, ?2, 1, ?3)"
                        + " on conflict (username, client) do update set failures = login_attempt.failures + 1,"
                        + " last_failure_at = excluded.last_failure_at returning failures")
                .setParameter(1, username)
                .setParameter(2, client)
                .setParameter(3, Timestamp.from(at))
                .getSingleResult();
        return failures.intValue();
    }

    @Override
    public void lock(String username, String client, Instant until) {
        entityManager
                .createNativeQuery("update login_attempt set locked_until = ?3, failures = 0"
                        + " where username = ?1 and client = ?2")
                .setParameter(1, username)
                .setParameter(2, client)
                .setParameter(3, Timestamp.from(until))
                .executeUpdate();
    }

    @Override
    public void reset(String username, String client) {
        entityManager
                .createNativeQuery("delete from login_attempt where username = ?1 and client = ?2")
                .setParameter(1, username)
                .setParameter(2, client)
                .executeUpdate();
    }

    @Override
    public void reset(String username) {
        entityManager
                .createNativeQuery("delete from login_attempt where username = ?1")
                .setParameter(1, username)
                .executeUpdate();
    }

    @Override
    public Optional<Instant> clientBlockedUntil(String client) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select blocked_until from sign_in_client where client = ?1 and blocked_until is not null")
                .setParameter(1, client)
                .getResultList();
        return rows.stream().findFirst().map(LoginAttemptsAdapter::toInstant);
    }

    @Override
    public int recordClientFailure(String client, Instant at, Duration window) {
        // A window starts at its first failure; a failure after it ends starts a new one.
        Number failures = (Number) entityManager
                .createNativeQuery("insert into sign_in_client (client, failures, window_started_at, last_failure_at)"
                        + " values (?1, 1, ?2, ?2)"
                        + " on conflict (client) do update set"
                        + " failures = case when sign_in_client.window_started_at <= ?3 then 1"
                        + " else sign_in_client.failures + 1 end,"
                        + " window_started_at = case when sign_in_client.window_started_at <= ?3 then excluded.window_started_at"
                        + " else sign_in_client.window_started_at end,"
                        + " last_failure_at = excluded.last_failure_at returning failures")
                .setParameter(1, client)
                .setParameter(2, Timestamp.from(at))
                .setParameter(3, Timestamp.from(at.minus(window)))
                .getSingleResult();
        return failures.intValue();
    }

    @Override
    public void blockClient(String client, Instant until) {
        entityManager
                .createNativeQuery("update sign_in_client set blocked_until = ?2, failures = 0, window_started_at = ?2"
                        + " where client = ?1")
                .setParameter(1, client)
                .setParameter(2, Timestamp.from(until))
                .executeUpdate();
    }

    @Override
    public void purge(Instant before, Instant now) {
        entityManager
                .createNativeQuery("delete from login_attempt where last_failure_at < ?1"
                        + " and (locked_until is null or locked_until < ?2)")
                .setParameter(1, Timestamp.from(before))
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
        entityManager
                .createNativeQuery("delete from sign_in_client where last_failure_at < ?1"
                        + " and (blocked_until is null or blocked_until < ?2)")
                .setParameter(1, Timestamp.from(before))
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}

package dev.baton.adapters.persistence.signin;

import dev.baton.application.signin.LoginAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Failed sign-ins, counted with one atomic upsert so parallel guesses cannot slip past the limit. */
@ApplicationScoped
public class LoginAttemptsAdapter implements LoginAttempts {

    private final EntityManager entityManager;

    @Inject
    public LoginAttemptsAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Instant> lockedUntil(String username) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select locked_until from login_attempt where username = ?1 and locked_until is not null")
                .setParameter(1, username)
                .getResultList();
        return rows.stream().findFirst().map(LoginAttemptsAdapter::toInstant);
    }

    @Override
    public int recordFailure(String username, Instant at) {
        Number failures = (Number) entityManager
                .createNativeQuery("insert into login_attempt (username, failures, last_failure_at) values (?1, 1, ?2)"
                        + " on conflict (username) do update set failures = login_attempt.failures + 1,"
                        + " last_failure_at = excluded.last_failure_at returning failures")
                .setParameter(1, username)
                .setParameter(2, Timestamp.from(at))
                .getSingleResult();
        return failures.intValue();
    }

    @Override
    public void lock(String username, Instant until) {
        entityManager
                .createNativeQuery("update login_attempt set locked_until = ?2, failures = 0 where username = ?1")
                .setParameter(1, username)
                .setParameter(2, Timestamp.from(until))
                .executeUpdate();
    }

    @Override
    public void reset(String username) {
        entityManager
                .createNativeQuery("delete from login_attempt where username = ?1")
                .setParameter(1, username)
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

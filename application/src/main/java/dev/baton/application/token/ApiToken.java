package dev.baton.application.token;

import dev.baton.domain.person.PersonId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A personal access token as Baton keeps it: whose it is, its name, and when it was made, last used and expires. The
 * secret itself is never kept, only its SHA-256 hash, which stays inside the repository.
 */
public record ApiToken(
        long id, PersonId person, String name, Instant createdAt, Optional<Instant> lastUsedAt, Instant expiresAt) {

    public ApiToken {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}

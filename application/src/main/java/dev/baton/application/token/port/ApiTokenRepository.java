package dev.baton.application.token.port;

import dev.baton.application.token.ApiToken;
import dev.baton.domain.person.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where tokens are kept: by the SHA-256 hash of their secret, never the secret. */
public interface ApiTokenRepository {

    long nextId();

    void add(ApiToken token, String secretHash);

    /** The person's tokens, newest first. */
    List<ApiToken> findByPerson(PersonId person);

    Optional<ApiToken> findById(long id);

    Optional<ApiToken> findBySecretHash(String secretHash);

    void delete(long id);

    void markUsed(long id, Instant at);
}

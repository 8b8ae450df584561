package dev.baton.adapters.rest.token;

import dev.baton.application.token.ApiToken;
import java.time.Instant;

/** A token as listed: never its secret. {@code lastUsedAt} is exact to the minute. */
public record TokenResponse(
        long id, long personId, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {

    static TokenResponse of(ApiToken token) {
        return new TokenResponse(
                token.id(),
                token.person().value(),
                token.name(),
                token.createdAt(),
                token.lastUsedAt().orElse(null),
                token.expiresAt());
    }
}

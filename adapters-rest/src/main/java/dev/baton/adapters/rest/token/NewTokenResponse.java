package dev.baton.adapters.rest.token;

import dev.baton.application.token.NewApiToken;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a token: the only time its secret is ever shown. */
public record NewTokenResponse(
        long id,
        String name,
        @Schema(
                        description =
                                "The secret to send as 'Authorization: Bearer <token>'. Shown once; Baton keeps only its hash.")
                String token,
        Instant createdAt,
        Instant expiresAt) {

    static NewTokenResponse of(NewApiToken created) {
        return new NewTokenResponse(
                created.token().id(),
                created.token().name(),
                created.secret(),
                created.token().createdAt(),
                created.token().expiresAt());
    }
}

package dev.baton.application.token;

import java.util.Objects;

/** A token just made, with its secret: the one time the secret is ever shown. */
public record NewApiToken(ApiToken token, String secret) {

    public NewApiToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }
}

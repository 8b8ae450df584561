package dev.baton.app.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * The secret of a personal access token, from {@code Authorization: Bearer}. A type of its own, so no other identity
 * provider (single sign-on's, for one) mistakes it for a token it should check.
 */
public final class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String secret;

    public ApiTokenAuthenticationRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}

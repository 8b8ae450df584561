package dev.baton.app.security.oidc;

import java.time.Instant;

/**
 * What the browser carries between leaving for the provider and coming back: the values the answer must match, and
 * the PKCE verifier that only this browser knows.
 */
record PendingSignIn(String state, String nonce, String codeVerifier, Instant expires) {}

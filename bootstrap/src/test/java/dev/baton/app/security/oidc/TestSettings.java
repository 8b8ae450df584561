package dev.baton.app.security.oidc;

import dev.baton.app.support.TestProvider;
import java.util.Optional;

/** Single sign-on settings as the environment would give them, for tests that need no running Baton. */
record TestSettings(Optional<String> issuer, Optional<String> clientId, Optional<String> clientSecret)
        implements OidcSettings {

    static TestSettings of(String issuer) {
        return new TestSettings(
                Optional.of(issuer), Optional.of(TestProvider.CLIENT_ID), Optional.of(TestProvider.CLIENT_SECRET));
    }

    @Override
    public String usernameClaim() {
        return "preferred_username";
    }

    @Override
    public String scopes() {
        return "profile";
    }
}

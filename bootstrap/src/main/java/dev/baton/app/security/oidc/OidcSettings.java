package dev.baton.app.security.oidc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Single sign-on through an OpenID Connect provider, set by environment ({@code BATON_OIDC_ISSUER} for {@code
 * baton.oidc.issuer}, and so on). Without an issuer it is off. {@code application.properties} hands these values to
 * quarkus-oidc ({@code quarkus.oidc.*}); Baton itself reads them only to check the setup and to match the username.
 */
@ConfigMapping(prefix = "baton.oidc")
public interface OidcSettings {

    /** The provider's issuer URL; its discovery document is read from {@code <issuer>/.well-known/openid-configuration}. */
    Optional<String> issuer();

    Optional<String> clientId();

    Optional<String> clientSecret();

    /** The ID token claim that holds the Baton username the provider vouches for. */
    @WithDefault("preferred_username")
    String usernameClaim();

    /** Asked of the provider besides {@code openid}, which quarkus-oidc always adds. */
    @WithDefault("profile")
    String scopes();
}

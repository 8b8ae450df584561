package dev.baton.app.security.oidc;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns quarkus-oidc on exactly when {@code BATON_OIDC_ISSUER} is set. A property cannot say "true if another one is
 * set", so this source says it: the OIDC tenant and the permission that sends {@code /login/oidc} to the provider are
 * enabled with an issuer and disabled without one. Without an issuer quarkus-oidc neither contacts anything nor
 * answers any request, and the single sign-on paths are 404 ({@link SingleSignOnEndpoint}).
 *
 * <p>Its ordinal is below {@code application.properties}' and the environment's, so {@code QUARKUS_OIDC_TENANT_ENABLED}
 * still wins if someone sets it.
 */
public class SingleSignOnSwitch implements ConfigSourceFactory {

    static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";
    static final String PERMISSION_ENABLED = "quarkus.http.auth.permission.single-sign-on.enabled";

    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue issuer = context.getValue("baton.oidc.issuer");
        String on = Boolean.toString(issuer != null
                && issuer.getValue() != null
                && !issuer.getValue().isBlank());
        return List.of(new PropertiesConfigSource(
                Map.of(TENANT_ENABLED, on, PERMISSION_ENABLED, on), "baton-single-sign-on-switch", ORDINAL));
    }
}

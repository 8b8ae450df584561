package dev.baton.app.security.oidc;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Refuses to start with half a single sign-on setup, so a missing client secret is found at deployment and not by the
 * first person who tries to sign in. The provider itself is not contacted here: Baton starts whether or not it is up.
 */
public class OidcConfigurationCheck {

    private static final Logger LOG = Logger.getLogger(OidcConfigurationCheck.class);

    @Inject
    OidcSettings settings;

    void onStart(@Observes StartupEvent event) {
        if (settings.issuer().isEmpty()) {
            return;
        }
        if (settings.clientId().isEmpty() || settings.clientSecret().isEmpty()) {
            throw new IllegalStateException("BATON_OIDC_ISSUER is set, so single sign-on is on, but"
                    + " BATON_OIDC_CLIENT_ID and BATON_OIDC_CLIENT_SECRET are not both set");
        }
        LOG.infof(
                "Single sign-on through %s is on; the provider must accept the redirect URI"
                        + " <public URL of Baton>%s",
                settings.issuer().get(), SingleSignOnEndpoint.CALLBACK_PATH);
    }
}

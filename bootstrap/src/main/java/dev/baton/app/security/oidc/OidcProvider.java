package dev.baton.app.security.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.baton.adapters.web.signin.SingleSignOnPages.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * The provider as its discovery document describes it. It is read on the first sign-in that needs it and then kept,
 * so Baton starts and serves password sign-ins while the provider is down; a failed read is tried again next time.
 * The ID token validator is kept with it because it caches the provider's signing keys, fetching them again only
 * when a token names a key it has not seen.
 */
@ApplicationScoped
class OidcProvider {

    /** Connect and read timeout for every call to the provider: a person is waiting. */
    static final int TIMEOUT_MILLIS = 5_000;

    private static final int MAX_JWKS_BYTES = 512 * 1024;

    // ID tokens are signed with RS256 unless the client was registered otherwise (OpenID Connect Core, 3.1.3.7).
    private static final JWSAlgorithm ID_TOKEN_ALGORITHM = JWSAlgorithm.RS256;

    private final OidcSettings settings;
    private volatile Discovered discovered;

    record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    @Inject
    OidcProvider(OidcSettings settings) {
        this.settings = settings;
    }

    Discovered discovered() {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                discovered = discover();
            }
            return discovered;
        }
    }

    private Discovered discover() {
        String issuer = settings.issuer().orElseThrow();
        try {
            // resolve() also checks that the document names the configured issuer, as discovery requires.
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(issuer), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
                throw new SingleSignOnRefused(
                        Problem.UNAVAILABLE,
                        "the discovery document of " + issuer + " names no JWKS or token endpoint");
            }
            IDTokenValidator validator = new IDTokenValidator(
                    metadata.getIssuer(),
                    new ClientID(settings.clientId().orElseThrow()),
                    ID_TOKEN_ALGORITHM,
                    metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, MAX_JWKS_BYTES));
            return new Discovered(metadata, validator);
        } catch (GeneralException | IOException | IllegalArgumentException e) {
            throw new SingleSignOnRefused(
                    Problem.UNAVAILABLE, "cannot read the discovery document of " + issuer + ": " + e.getMessage(), e);
        }
    }
}

package dev.baton.app.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.baton.adapters.web.signin.SingleSignOnPages.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The authorization-code flow with PKCE, as a relying party: where to send the browser, and, when it comes back, the
 * checked name the provider vouches for. Whether that name may sign in to Baton is not decided here.
 */
@ApplicationScoped
class OidcClient {

    /** How long a person may take at the provider before the round trip must start again. */
    static final Duration PENDING_FOR = Duration.ofMinutes(10);

    private final OidcSettings settings;
    private final OidcProvider provider;
    private final Clock clock;

    record Authorization(URI providerUri, PendingSignIn pending) {}

    @Inject
    OidcClient(OidcSettings settings, OidcProvider provider, Clock clock) {
        this.settings = settings;
        this.provider = provider;
        this.clock = clock;
    }

    Authorization begin(URI redirectUri) {
        OidcProvider.Discovered discovered = provider.discovered();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        Scope scope = Scope.parse(settings.scopes());
        scope.add(OIDCScopeValue.OPENID);
        URI uri = new AuthenticationRequest.Builder(ResponseType.CODE, scope, clientId(), redirectUri)
                .endpointURI(discovered.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        PendingSignIn pending = new PendingSignIn(
                state.getValue(),
                nonce.getValue(),
                verifier.getValue(),
                clock.instant().plus(PENDING_FOR));
        return new Authorization(uri, pending);
    }

    /** The username claim of the checked ID token that the provider's answer at {@code callback} leads to. */
    String finish(URI callback, PendingSignIn pending, URI redirectUri) {
        AuthorizationCode code = codeFrom(callback, pending);
        OidcProvider.Discovered discovered = provider.discovered();
        JWT idToken = exchange(discovered, code, redirectUri, pending);
        IDTokenClaimsSet claims = validated(discovered, idToken, pending);
        Object username = claims.getClaim(settings.usernameClaim());
        if (!(username instanceof String name) || name.isBlank()) {
            throw new SingleSignOnRefused(
                    Problem.REFUSED, "the ID token has no string claim '" + settings.usernameClaim() + "'");
        }
        return name;
    }

    private static AuthorizationCode codeFrom(URI callback, PendingSignIn pending) {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new SingleSignOnRefused(Problem.REFUSED, "the callback is no authentication response", e);
        }
        // The state ties the answer to the browser that asked; anything else may be a forged or replayed answer.
        if (response.getState() == null
                || !pending.state().equals(response.getState().getValue())) {
            throw new SingleSignOnRefused(Problem.REFUSED, "the callback's state is not the one this browser sent");
        }
        if (!response.indicatesSuccess()) {
            throw new SingleSignOnRefused(
                    Problem.REFUSED,
                    "the provider answered "
                            + response.toErrorResponse().getErrorObject().getCode());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new SingleSignOnRefused(Problem.REFUSED, "the callback carries no authorization code");
        }
        return code;
    }

    private JWT exchange(
            OidcProvider.Discovered discovered, AuthorizationCode code, URI redirectUri, PendingSignIn pending) {
        TokenRequest request = new TokenRequest(
                discovered.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(
                        clientId(), new Secret(settings.clientSecret().orElseThrow())),
                new AuthorizationCodeGrant(code, redirectUri, new CodeVerifier(pending.codeVerifier())));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(OidcProvider.TIMEOUT_MILLIS);
        http.setReadTimeout(OidcProvider.TIMEOUT_MILLIS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new SingleSignOnRefused(Problem.UNAVAILABLE, "the token endpoint cannot be reached", e);
        } catch (ParseException e) {
            throw new SingleSignOnRefused(Problem.REFUSED, "the token endpoint's answer is not a token response", e);
        }
        if (!response.indicatesSuccess()) {
            throw new SingleSignOnRefused(
                    Problem.REFUSED,
                    "the token endpoint refused the code: "
                            + response.toErrorResponse().getErrorObject().getCode());
        }
        return ((OIDCTokenResponse) response.toSuccessResponse())
                .getOIDCTokens()
                .getIDToken();
    }

    private static IDTokenClaimsSet validated(OidcProvider.Discovered discovered, JWT idToken, PendingSignIn pending) {
        try {
            // Signature against the provider's published keys, issuer, audience, expiry and our nonce.
            return discovered.validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (KeySourceException e) {
            throw new SingleSignOnRefused(Problem.UNAVAILABLE, "the provider's signing keys cannot be read", e);
        } catch (BadJOSEException | JOSEException e) {
            throw new SingleSignOnRefused(Problem.REFUSED, "the ID token is not valid: " + e.getMessage(), e);
        }
    }

    private ClientID clientId() {
        return new ClientID(settings.clientId().orElseThrow());
    }
}

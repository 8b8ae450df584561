package dev.baton.app.security.oidc;

import dev.baton.adapters.web.signin.SingleSignOnPages;
import dev.baton.adapters.web.signin.SingleSignOnPages.Problem;
import dev.baton.application.signin.SignInUseCase;
import dev.baton.application.signin.SignedInUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Single sign-on in the browser: {@code /login/oidc} sends the reader to the provider, and the provider sends them back
 * to the callback. The provider only vouches for a name; the name must belong to an existing Baton sign-in, and the
 * roles are Baton's own. Single sign-on never creates an account. Without {@code BATON_OIDC_ISSUER} both paths are
 * 404.
 */
@Path(SingleSignOnEndpoint.PATH)
public class SingleSignOnEndpoint {

    static final String PATH = "/login/oidc";
    static final String CALLBACK_PATH = PATH + "/callback";

    private static final Logger LOG = Logger.getLogger(SingleSignOnEndpoint.class);

    private final OidcSettings settings;
    private final OidcClient client;
    private final PendingSignInCookie pendingCookie;
    private final SessionCookie session;
    private final SignInUseCase signIn;
    private final Optional<URI> publicUrl;

    @Inject
    public SingleSignOnEndpoint(
            OidcSettings settings,
            OidcClient client,
            PendingSignInCookie pendingCookie,
            SessionCookie session,
            SignInUseCase signIn,
            @ConfigProperty(name = "baton.public-url") Optional<URI> publicUrl) {
        this.settings = settings;
        this.client = client;
        this.pendingCookie = pendingCookie;
        this.session = session;
        this.signIn = signIn;
        this.publicUrl = publicUrl;
    }

    @GET
    public Response begin(@Context UriInfo uri) {
        requireOn();
        URI redirectUri = redirectUri(uri);
        try {
            OidcClient.Authorization authorization = client.begin(redirectUri);
            return Response.seeOther(authorization.providerUri())
                    .cookie(pending(
                            pendingCookie.seal(authorization.pending()),
                            redirectUri,
                            OidcClient.PENDING_FOR.toSeconds()))
                    .build();
        } catch (SingleSignOnRefused refused) {
            return refusal(refused);
        }
    }

    @GET
    @Path("callback")
    public Response finish(
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context RoutingContext request,
            @CookieParam(PendingSignInCookie.NAME) String sealed) {
        requireOn();
        URI redirectUri = redirectUri(uri);
        NewCookie spent = pending("", redirectUri, 0);
        try {
            PendingSignIn pending = pendingCookie
                    .open(sealed)
                    .orElseThrow(() -> new SingleSignOnRefused(
                            Problem.REFUSED, "no valid pending sign-in cookie came back with the callback"));
            String username = client.finish(uri.getRequestUri(), pending, redirectUri);
            SignedInUser user = signIn.resume(username)
                    .orElseThrow(() -> new SingleSignOnRefused(
                            Problem.NO_ACCOUNT,
                            "the provider vouched for '" + username + "', who has no Baton sign-in"));
            session.start(user.username(), request);
            LOG.infof("'%s' signed in through single sign-on", user.username());
            return Response.fromResponse(SingleSignOnPages.signedIn(headers))
                    .cookie(spent)
                    .build();
        } catch (SingleSignOnRefused refused) {
            return Response.fromResponse(refusal(refused)).cookie(spent).build();
        }
    }

    private void requireOn() {
        if (settings.issuer().isEmpty()) {
            throw new NotFoundException();
        }
    }

    private URI redirectUri(UriInfo uri) {
        return UriBuilder.fromUri(publicUrl.orElse(uri.getBaseUri()))
                .path(CALLBACK_PATH)
                .build();
    }

    /**
     * Lax, not Strict: the browser must send it on the provider's redirect back, a navigation from another site. It is
     * sealed, lives minutes, and is sent to the single sign-on paths only.
     */
    private static NewCookie pending(String value, URI redirectUri, long maxAgeSeconds) {
        return new NewCookie.Builder(PendingSignInCookie.NAME)
                .value(value)
                .path(PATH)
                .maxAge((int) maxAgeSeconds)
                .httpOnly(true)
                .secure("https".equals(redirectUri.getScheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    private static Response refusal(SingleSignOnRefused refused) {
        LOG.warnf("Single sign-on refused (%s): %s", refused.problem().code(), refused.getMessage());
        return SingleSignOnPages.backToSignIn(refused.problem());
    }
}

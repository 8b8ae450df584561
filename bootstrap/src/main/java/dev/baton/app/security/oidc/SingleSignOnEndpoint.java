package dev.baton.app.security.oidc;

import dev.baton.adapters.web.signin.SingleSignOnPages;
import dev.baton.adapters.web.signin.SingleSignOnPages.Problem;
import dev.baton.app.wiring.SecurityIdentityActor;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * Single sign-on in the browser. quarkus-oidc does the protocol: the {@code single-sign-on} permission in {@code
 * application.properties} makes {@code /login/oidc} require its authorization-code mechanism, which sends the reader
 * to the provider (with state, nonce and a PKCE challenge), and it completes the round trip at {@link #CALLBACK_PATH}
 * (code exchange, ID token checks). This endpoint is what runs once that has succeeded: the provider's name has been
 * matched to a Baton sign-in ({@code SingleSignOnIdentityAugmentor}), so it starts the same session as the password
 * form and drops quarkus-oidc's own session. Single sign-on never creates an account. Without {@code
 * BATON_OIDC_ISSUER} both paths are 404.
 */
@Path(SingleSignOnEndpoint.PATH)
public class SingleSignOnEndpoint {

    static final String PATH = "/login/oidc";
    static final String CALLBACK_PATH = PATH + "/callback";

    private static final Logger LOG = Logger.getLogger(SingleSignOnEndpoint.class);

    private final OidcSettings settings;
    private final SessionCookie session;
    private final SecurityIdentity identity;
    private final OidcSession oidcSession;

    @Inject
    public SingleSignOnEndpoint(
            OidcSettings settings, SessionCookie session, SecurityIdentity identity, OidcSession oidcSession) {
        this.settings = settings;
        this.session = session;
        this.identity = identity;
        this.oidcSession = oidcSession;
    }

    /** Reached only signed in at the provider; the way there is quarkus-oidc's challenge. */
    @GET
    public Response begin(@Context HttpHeaders headers, @Context RoutingContext request) {
        return signIn(headers, request);
    }

    /** Where quarkus-oidc ends the round trip, once it has traded the code and checked the ID token. */
    @GET
    @Path("callback")
    public Response finish(@Context HttpHeaders headers, @Context RoutingContext request) {
        return signIn(headers, request);
    }

    private Response signIn(HttpHeaders headers, RoutingContext request) {
        if (settings.issuer().isEmpty()) {
            throw new NotFoundException();
        }
        // Baton keeps its own session (the same cookie as the password form); quarkus-oidc's is not needed past here.
        oidcSession.logout().await().indefinitely();
        if (identity.isAnonymous() || identity.getAttribute(SecurityIdentityActor.PERSON_ATTRIBUTE) == null) {
            LOG.warnf(
                    "Single sign-on refused (%s): the provider vouched for '%s', who has no Baton sign-in",
                    Problem.NO_ACCOUNT.code(),
                    identity.isAnonymous() ? "" : identity.getPrincipal().getName());
            return SingleSignOnPages.backToSignIn(Problem.NO_ACCOUNT);
        }
        String username = identity.getPrincipal().getName();
        session.start(username, request);
        LOG.infof("'%s' signed in through single sign-on", username);
        return SingleSignOnPages.signedIn(headers);
    }
}

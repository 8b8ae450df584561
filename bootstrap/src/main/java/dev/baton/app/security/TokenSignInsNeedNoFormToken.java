package dev.baton.app.security;

import io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * quarkus-rest-csrf's check, except for requests signed in by an API token. The extension asks every form and
 * multipart post for its anti-forgery pair (the signed cookie and the token in a field or header) and has no exemption,
 * so a script uploading a CRM export as multipart with {@code Authorization: Bearer} was refused with 400. A bearer
 * token is no ambient credential: a browser never adds one by itself, so another site cannot make a browser send it,
 * and a token sign-in has nothing to forge. Every other request, signed in by the session cookie, by HTTP Basic (which
 * a browser that answered its prompt does send by itself) or not at all, goes through the extension's own check
 * unchanged.
 *
 * <p>The extension's generated filter calls its filter bean; this subclass is selected in its place. The exemption asks
 * the identity how it signed in ({@link ApiTokenIdentityProvider} marks it), not the header: a request with a bearer
 * header that does not sign in has already been answered 401.
 */
@Dependent
@Alternative
@Priority(1)
public class TokenSignInsNeedNoFormToken extends CsrfRequestResponseReactiveFilter {

    @Override
    public void filter(ResteasyReactiveContainerRequestContext request, RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && signedInByToken(user.getSecurityIdentity())) {
            return;
        }
        super.filter(request, context);
    }

    static boolean signedInByToken(SecurityIdentity identity) {
        return identity != null
                && Boolean.TRUE.equals(identity.getAttribute(ApiTokenIdentityProvider.SIGNED_IN_BY_TOKEN));
    }
}

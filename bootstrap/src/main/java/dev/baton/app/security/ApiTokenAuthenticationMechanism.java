package dev.baton.app.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * {@code Authorization: Bearer <token>}, beside the sign-in form and HTTP Basic. A request without a bearer header is
 * left to the other mechanisms; one with a bearer header that does not check out is a 401.
 */
@ApplicationScoped
public class ApiTokenAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer";

    // Asked before form and Basic, so that a refused bearer token is answered with a Bearer challenge; a request
    // without one is passed on untouched.
    private static final int PRIORITY = 3000;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (!isBearer(header)) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        ApiTokenAuthenticationRequest request = new ApiTokenAuthenticationRequest(
                header.substring(BEARER.length()).strip());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request);
    }

    /** A Bearer challenge only for a request that sent a bearer token; the others get form's or Basic's. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!isBearer(context.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    private static boolean isBearer(String header) {
        return header != null
                && header.length() > BEARER.length()
                && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && header.charAt(BEARER.length()) == ' ';
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, BEARER));
    }
}

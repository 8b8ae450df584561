package dev.baton.app.security;

import dev.baton.application.token.AuthenticateApiTokenUseCase;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A personal access token, checked by its SHA-256 hash; the identity carries its person's roles as they are now. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {

    /** The attribute that marks an identity signed in by an API token (see {@link TokenSignInsNeedNoFormToken}). */
    static final String SIGNED_IN_BY_TOKEN = "baton.signed-in-by-token";

    private final AuthenticateApiTokenUseCase tokens;

    @Inject
    public ApiTokenIdentityProvider(AuthenticateApiTokenUseCase tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<ApiTokenAuthenticationRequest> getRequestType() {
        return ApiTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.authenticate(request.secret())
                .map(user -> (SecurityIdentity) QuarkusSecurityIdentity.builder(Identities.of(user))
                        .addAttribute(SIGNED_IN_BY_TOKEN, Boolean.TRUE)
                        .build())
                .orElseThrow(AuthenticationFailedException::new));
    }
}

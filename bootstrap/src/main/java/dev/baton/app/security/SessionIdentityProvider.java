package dev.baton.app.security;

import dev.baton.application.signin.SignInUseCase;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A returning browser: the encrypted session cookie names the user; roles are read afresh, so a changed role takes
 * effect on the next request, and a removed account is signed out.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final SignInUseCase signIn;

    @Inject
    public SessionIdentityProvider(SignInUseCase signIn) {
        this.signIn = signIn;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> signIn.resume(request.getPrincipal())
                .map(Identities::of)
                .orElseThrow(AuthenticationFailedException::new));
    }
}

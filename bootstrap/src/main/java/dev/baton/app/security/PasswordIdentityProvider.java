package dev.baton.app.security;

import dev.baton.application.signin.SignInOutcome;
import dev.baton.application.signin.SignInUseCase;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Username and password, from the sign-in form or HTTP Basic, checked against the accounts in PostgreSQL. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final SignInUseCase signIn;

    @Inject
    public PasswordIdentityProvider(SignInUseCase signIn) {
        this.signIn = signIn;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            SignInOutcome outcome =
                    signIn.signIn(request.getUsername(), request.getPassword().getPassword());
            if (outcome instanceof SignInOutcome.SignedIn signedIn) {
                return Identities.of(signedIn.user());
            }
            throw new AuthenticationFailedException();
        });
    }
}

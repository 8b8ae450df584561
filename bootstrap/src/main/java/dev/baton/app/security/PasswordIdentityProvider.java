package dev.baton.app.security;

import dev.baton.application.signin.SignInOutcome;
import dev.baton.application.signin.SignInUseCase;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
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
        String client = clientAddress(request);
        return context.runBlocking(() -> {
            SignInOutcome outcome =
                    signIn.signIn(request.getUsername(), request.getPassword().getPassword(), client);
            if (outcome instanceof SignInOutcome.SignedIn signedIn) {
                return Identities.of(signedIn.user());
            }
            if (outcome instanceof SignInOutcome.Throttled throttled) {
                throw new SignInThrottledException(throttled.retryAfter());
            }
            throw new AuthenticationFailedException();
        });
    }

    /**
     * The caller's address: the peer's, or the one a proxy forwarded when {@code quarkus.http.proxy} forwarding is on
     * (Vert.x then reports it as the remote address).
     */
    static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || routing.request().remoteAddress() == null) {
            return null;
        }
        SocketAddress remote = routing.request().remoteAddress();
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }
}

package dev.baton.app.security;

import dev.baton.app.security.oidc.OidcSettings;
import dev.baton.application.signin.SignInUseCase;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The provider only vouches for a name. An identity that quarkus-oidc made from an ID token becomes the Baton sign-in
 * whose username equals the token's {@code BATON_OIDC_USERNAME_CLAIM} (ignoring case), with that sign-in's roles and
 * person; whatever roles or groups the provider asserts are dropped. A name with no Baton sign-in keeps no role and no
 * person, and the single sign-on endpoint sends it back to the sign-in page.
 */
@ApplicationScoped
public class SingleSignOnIdentityAugmentor implements SecurityIdentityAugmentor {

    private final SignInUseCase signIn;
    private final OidcSettings settings;

    @Inject
    public SingleSignOnIdentityAugmentor(SignInUseCase signIn, OidcSettings settings) {
        this.signIn = signIn;
        this.settings = settings;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || identity.getCredential(IdTokenCredential.class) == null
                || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return Uni.createFrom().item(identity);
        }
        Object claim = idToken.getClaim(settings.usernameClaim());
        String name = claim instanceof JsonString json ? json.getString() : claim instanceof String text ? text : null;
        if (name == null || name.isBlank()) {
            return Uni.createFrom().item(withoutBatonSignIn(identity));
        }
        return context.runBlocking(() -> signIn.resume(name.strip())
                .map(user -> (SecurityIdentity) QuarkusSecurityIdentity.builder(Identities.of(user))
                        // quarkus-oidc keeps reading its tokens from the identity it made.
                        .addCredentials(identity.getCredentials())
                        .addAttributes(identity.getAttributes())
                        .build())
                .orElseGet(() -> withoutBatonSignIn(identity)));
    }

    private static SecurityIdentity withoutBatonSignIn(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .build();
    }
}

package dev.baton.app.security;

import dev.baton.app.wiring.SecurityIdentityActor;
import dev.baton.application.signin.SignedInUser;
import dev.baton.domain.person.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

final class Identities {

    private Identities() {}

    static SecurityIdentity of(SignedInUser user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addAttribute(
                        SecurityIdentityActor.PERSON_ATTRIBUTE,
                        Long.toString(user.person().value()));
        for (Role role : user.roles()) {
            builder.addRole(role.name());
        }
        return builder.build();
    }
}

package dev.baton.app.wiring;

import dev.baton.application.audit.CurrentActor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The signed-in user's name for the audit trail; {@code anonymous} until someone signs in. */
@ApplicationScoped
public class SecurityIdentityActor implements CurrentActor {

    private final Instance<SecurityIdentity> identity;

    @Inject
    public SecurityIdentityActor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    @Override
    public String name() {
        if (!identity.isResolvable()) {
            return "system";
        }
        SecurityIdentity current = identity.get();
        return current.isAnonymous() ? "anonymous" : current.getPrincipal().getName();
    }
}

package dev.baton.app.wiring;

import dev.baton.application.access.Actor;
import dev.baton.application.access.CurrentActor;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as the application sees them: their roles, and the person they are in Baton, which the identity
 * providers attach as the {@value #PERSON_ATTRIBUTE} attribute.
 */
@ApplicationScoped
public class SecurityIdentityActor implements CurrentActor {

    public static final String PERSON_ATTRIBUTE = "baton.person-id";

    private static final Actor SYSTEM = new Actor("system", Optional.empty(), EnumSet.allOf(Role.class), true);

    private final Instance<SecurityIdentity> identity;
    private final CurrentVertxRequest request;

    @Inject
    public SecurityIdentityActor(Instance<SecurityIdentity> identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    @Override
    public Actor actor() {
        SecurityIdentity current;
        try {
            if (request.getCurrent() == null) {
                // Work that no HTTP request started (start-up, the demo company) acts as the system itself.
                return SYSTEM;
            }
            current = identity.get();
        } catch (ContextNotActiveException e) {
            return SYSTEM;
        }
        if (current == null || current.isAnonymous()) {
            return Actor.anonymous();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : current.getRoles()) {
            for (Role known : Role.values()) {
                if (known.name().equals(role)) {
                    roles.add(known);
                }
            }
        }
        Object person = current.getAttribute(PERSON_ATTRIBUTE);
        Optional<PersonId> personId =
                person == null ? Optional.empty() : Optional.of(new PersonId(Long.parseLong(person.toString())));
        return new Actor(current.getPrincipal().getName(), personId, roles, true);
    }
}

package dev.baton.app.wiring;

import dev.baton.application.access.Actor;
import dev.baton.application.access.SystemWork;
import dev.baton.application.access.port.CurrentActor;
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
 * Work outside a request is anonymous unless a start-up or scheduled job runs it through {@link SystemWork}; it is
 * never given every role by default.
 *
 * <p>The signed-in user as the application sees them: their roles, and the person they are in Baton, which the identity
 * providers attach as the {@value #PERSON_ATTRIBUTE} attribute.
 */
@ApplicationScoped
public class SecurityIdentityActor implements CurrentActor {

    public static final String PERSON_ATTRIBUTE = "baton.person-id";

    private final Instance<SecurityIdentity> identity;
    private final CurrentVertxRequest request;
    private final SystemWork systemWork;

    @Inject
    public SecurityIdentityActor(
            Instance<SecurityIdentity> identity, CurrentVertxRequest request, SystemWork systemWork) {
        this.identity = identity;
        this.request = request;
        this.systemWork = systemWork;
    }

    @Override
    public Actor actor() {
        if (systemWork.active()) {
            return Actor.system();
        }
        SecurityIdentity current;
        try {
            if (request.getCurrent() == null) {
                return Actor.anonymous();
            }
            current = identity.get();
        } catch (ContextNotActiveException e) {
            return Actor.anonymous();
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

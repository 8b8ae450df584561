package dev.baton.application.fakes;

import dev.baton.application.access.Actor;
import dev.baton.application.access.port.CurrentActor;
import dev.baton.domain.person.Person;
import java.util.Optional;

/** The current actor a test chooses, and changes between calls. */
public final class ActingAs implements CurrentActor {

    private Actor actor;

    private ActingAs(Actor actor) {
        this.actor = actor;
    }

    public static ActingAs nobody() {
        return new ActingAs(Actor.anonymous());
    }

    public static ActingAs person(Person person) {
        return nobody().now(person);
    }

    /** From now on the calls are made by this person, signed in with their roles. */
    public ActingAs now(Person person) {
        actor = new Actor(person.name().value(), Optional.of(person.id()), person.roles(), true);
        return this;
    }

    /** From now on the calls are made by someone signed in whom Baton gave no role (a single sign-on user, say). */
    public ActingAs withoutRoles() {
        actor = new Actor("no-role", Optional.empty(), java.util.Set.of(), true);
        return this;
    }

    /** From now on the calls are made by nobody signed in. */
    public ActingAs anonymous() {
        actor = Actor.anonymous();
        return this;
    }

    @Override
    public Actor actor() {
        return actor;
    }
}

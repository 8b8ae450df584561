package dev.baton.adapters.rest.person;

import dev.baton.domain.person.Person;

/** A person named inside another resource. */
public record PersonRef(long id, String name) {

    public static PersonRef of(Person person) {
        return person == null
                ? null
                : new PersonRef(person.id().value(), person.name().value());
    }
}

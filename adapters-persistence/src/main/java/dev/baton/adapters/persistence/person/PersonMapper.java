package dev.baton.adapters.persistence.person;

import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.util.stream.Collectors;

final class PersonMapper {

    private PersonMapper() {}

    static Person toDomain(PersonJpaEntity entity) {
        return new Person(
                new PersonId(entity.id),
                new PersonName(entity.name),
                new EmailAddress(entity.email),
                entity.roles.stream().map(Role::valueOf).collect(Collectors.toSet()),
                entity.version);
    }

    static void copy(Person person, PersonJpaEntity entity) {
        entity.id = person.id().value();
        entity.name = person.name().value();
        entity.email = person.email().value();
        entity.roles.clear();
        person.roles().forEach(role -> entity.roles.add(role.name()));
    }
}

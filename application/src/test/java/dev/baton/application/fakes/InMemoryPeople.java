package dev.baton.application.fakes;

import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** People kept in a map: enough for the sign-in use cases, which only read them. */
public final class InMemoryPeople implements PersonRepository {

    private final Map<PersonId, Person> people = new HashMap<>();
    private long next = 1;

    public Person withRoles(String name, Role... roles) {
        Person person = Person.create(
                nextId(),
                new PersonName(name),
                new EmailAddress(name.toLowerCase().replace(' ', '.') + "@example.com"),
                Set.of(roles));
        people.put(person.id(), person);
        return person;
    }

    public void replace(Person person) {
        people.put(person.id(), person);
    }

    @Override
    public PersonId nextId() {
        return new PersonId(next++);
    }

    @Override
    public Person add(Person person) {
        people.put(person.id(), person);
        return person;
    }

    @Override
    public Person update(Person person) {
        people.put(person.id(), person);
        return person;
    }

    @Override
    public Optional<Person> findById(PersonId id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public List<Person> findAllById(Collection<PersonId> ids) {
        return ids.stream().map(people::get).filter(p -> p != null).toList();
    }

    @Override
    public Optional<Person> findByEmail(EmailAddress email) {
        return people.values().stream().filter(p -> p.email().equals(email)).findFirst();
    }

    @Override
    public Page<Person> list(Optional<String> search, PageRequest page) {
        throw new UnsupportedOperationException("not needed by the sign-in use cases");
    }
}

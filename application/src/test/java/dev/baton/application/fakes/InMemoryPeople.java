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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * People kept in memory, keeping the PostgreSQL adapter's contract: versions checked on update, an e-mail address used
 * once, lists ordered by name and paged, a search matching name or address with its wildcards taken literally.
 */
public final class InMemoryPeople implements PersonRepository {

    private final VersionedRows<PersonId, Person> people = new VersionedRows<>(
            "person", Person::id, Person::version, (p, v) -> new Person(p.id(), p.name(), p.email(), p.roles(), v));
    private long next = 1;

    /** Stores a new person with these roles and an address made from the name. */
    public Person withRoles(String name, Role... roles) {
        return add(Person.create(
                nextId(),
                new PersonName(name),
                new EmailAddress(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com"),
                Set.of(roles)));
    }

    /** Replaces a stored person as it is, without a version check: for a test's starting state. */
    public void replace(Person person) {
        people.remove(people.find(person.id()).orElseThrow());
        people.add(person);
    }

    @Override
    public PersonId nextId() {
        return new PersonId(next++);
    }

    @Override
    public Person add(Person person) {
        emailFree(person);
        return people.add(person);
    }

    @Override
    public Person update(Person person) {
        emailFree(person);
        return people.update(person);
    }

    private void emailFree(Person person) {
        if (people.all().stream()
                .anyMatch(p -> !p.id().equals(person.id()) && p.email().equals(person.email()))) {
            throw Clashes.taken("email");
        }
    }

    @Override
    public Optional<Person> findById(PersonId id) {
        return people.find(id);
    }

    @Override
    public List<Person> findAllById(Collection<PersonId> ids) {
        return ids.stream().distinct().flatMap(id -> people.find(id).stream()).toList();
    }

    @Override
    public Optional<Person> findByEmail(EmailAddress email) {
        return people.all().stream().filter(p -> p.email().equals(email)).findFirst();
    }

    @Override
    public Page<Person> list(Optional<String> search, PageRequest page) {
        Optional<String> text = search.map(s -> s.toLowerCase(Locale.ROOT));
        return Pages.of(
                people.all().stream()
                        .filter(p -> text.map(t -> p.name()
                                                .value()
                                                .toLowerCase(Locale.ROOT)
                                                .contains(t)
                                        || p.email().value().contains(t))
                                .orElse(true))
                        .sorted(Comparator.comparing((Person p) -> p.name().value())
                                .thenComparing(p -> p.id().value()))
                        .toList(),
                page);
    }
}

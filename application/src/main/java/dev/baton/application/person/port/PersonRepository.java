package dev.baton.application.person.port;

import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** People as they are stored. */
public interface PersonRepository {

    PersonId nextId();

    Person add(Person person);

    /**
     * @throws dev.baton.application.shared.ConcurrentEditException when the stored version differs
     */
    Person update(Person person);

    Optional<Person> findById(PersonId id);

    List<Person> findAllById(Collection<PersonId> ids);

    Optional<Person> findByEmail(EmailAddress email);

    /** People ordered by name; {@code search} matches name or e-mail, ignoring case. */
    Page<Person> list(Optional<String> search, PageRequest page);
}

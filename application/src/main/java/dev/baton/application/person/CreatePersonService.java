package dev.baton.application.person;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.domain.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CreatePersonService implements CreatePersonUseCase {

    private final AccessPolicy access;
    private final PersonRepository people;
    private final PersonGuards guards;
    private final Auditor auditor;

    @Inject
    public CreatePersonService(PersonRepository people, PersonGuards guards, Auditor auditor, AccessPolicy access) {
        this.access = access;
        this.people = people;
        this.guards = guards;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Person create(CreatePersonCommand command) {
        access.requireAdmin();
        guards.checkEmailFree(command.email(), Optional.empty());
        Person person = people.add(Person.create(people.nextId(), command.name(), command.email(), command.roles()));
        auditor.record("person", person.id(), "create", Map.of(), PersonSnapshot.of(person), Optional.empty());
        return person;
    }
}

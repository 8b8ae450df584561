package dev.baton.application.person;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class EditPersonService implements EditPersonUseCase {

    private final AccessPolicy access;
    private final PersonRepository people;
    private final PersonGuards guards;
    private final Auditor auditor;

    @Inject
    public EditPersonService(PersonRepository people, PersonGuards guards, Auditor auditor, AccessPolicy access) {
        this.access = access;
        this.people = people;
        this.guards = guards;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Person edit(EditPersonCommand command) {
        access.requireAdmin();
        Person before = people.findById(command.id()).orElseThrow(() -> new NotFoundException("person", command.id()));
        if (before.version() != command.version()) {
            throw new ConcurrentEditException("person", command.id());
        }
        guards.checkEmailFree(command.email(), Optional.of(command.id()));
        Person after = people.update(before.edit(command.name(), command.email(), command.roles()));
        auditor.record(
                "person", after.id(), "edit", PersonSnapshot.of(before), PersonSnapshot.of(after), Optional.empty());
        return after;
    }
}

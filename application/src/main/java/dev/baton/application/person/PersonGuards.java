package dev.baton.application.person;

import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.PersonId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

@ApplicationScoped
class PersonGuards {

    private final PersonRepository people;

    @Inject
    PersonGuards(PersonRepository people) {
        this.people = people;
    }

    void checkEmailFree(EmailAddress email, Optional<PersonId> self) {
        people.findByEmail(email)
                .filter(other -> self.map(id -> !id.equals(other.id())).orElse(true))
                .ifPresent(other -> {
                    throw AlreadyExistsException.of("email", "field.EMAIL_TAKEN", email.toString());
                });
    }
}

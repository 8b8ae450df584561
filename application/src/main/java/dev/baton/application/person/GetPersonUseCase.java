package dev.baton.application.person;

import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;

public interface GetPersonUseCase {

    Person get(PersonId id);
}

package dev.baton.application.person;

import dev.baton.domain.person.Person;

public interface CreatePersonUseCase {

    Person create(CreatePersonCommand command);
}

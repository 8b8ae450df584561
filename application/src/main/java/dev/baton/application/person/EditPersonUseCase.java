package dev.baton.application.person;

import dev.baton.domain.person.Person;

public interface EditPersonUseCase {

    Person edit(EditPersonCommand command);
}

package dev.baton.application.person;

import dev.baton.application.shared.Page;
import dev.baton.domain.person.Person;

public interface ListPeopleUseCase {

    Page<Person> list(ListPeopleQuery query);
}

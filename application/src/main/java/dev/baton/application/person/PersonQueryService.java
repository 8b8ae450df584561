package dev.baton.application.person;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Page;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The two reads of people: a page of them, or one. */
@ApplicationScoped
public class PersonQueryService implements ListPeopleUseCase, GetPersonUseCase {

    private final PersonRepository people;
    private final AccessPolicy access;

    @Inject
    public PersonQueryService(PersonRepository people, AccessPolicy access) {
        this.people = people;
        this.access = access;
    }

    @Override
    @Transactional
    public Page<Person> list(ListPeopleQuery query) {
        access.requireReader();
        return people.list(query.search(), query.page());
    }

    @Override
    @Transactional
    public Person get(PersonId id) {
        access.requireReader();
        return people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
    }
}

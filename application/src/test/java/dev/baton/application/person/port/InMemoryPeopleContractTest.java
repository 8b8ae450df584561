package dev.baton.application.person.port;

import dev.baton.application.fakes.InMemoryPeople;

/** The PersonRepositoryContract run against the in-memory fake, so the fake services are tested over cannot drift from PostgreSQL. */
class InMemoryPeopleContractTest extends PersonRepositoryContract {

    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected PersonRepository people() {
        return people;
    }
}

package dev.baton.application.team.port;

import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.application.person.port.PersonRepository;

/** The TeamRepositoryContract run against the in-memory fake, so the fake services are tested over cannot drift from PostgreSQL. */
class InMemoryTeamsContractTest extends TeamRepositoryContract {

    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected TeamRepository teams() {
        return teams;
    }

    @Override
    protected PersonRepository people() {
        return people;
    }
}

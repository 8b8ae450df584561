package dev.baton.application.token.port;

import dev.baton.application.fakes.InMemoryApiTokens;
import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.person.port.PersonRepository;

/** The ApiTokenRepositoryContract run against the in-memory fake, so the fake services are tested over cannot drift from PostgreSQL. */
class InMemoryApiTokensContractTest extends ApiTokenRepositoryContract {

    private final InMemoryApiTokens tokens = new InMemoryApiTokens();
    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected ApiTokenRepository tokens() {
        return tokens;
    }

    @Override
    protected PersonRepository people() {
        return people;
    }
}

package dev.baton.application.signin.port;

import dev.baton.application.fakes.InMemoryAccounts;
import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.person.port.PersonRepository;

/** The UserAccountRepositoryContract run against the in-memory fake, so the fake services are tested over cannot drift from PostgreSQL. */
class InMemoryAccountsContractTest extends UserAccountRepositoryContract {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected UserAccountRepository accounts() {
        return accounts;
    }

    @Override
    protected PersonRepository people() {
        return people;
    }
}

package dev.baton.app.signin;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.application.signin.port.UserAccountRepositoryContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The UserAccountRepositoryContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class UserAccountRepositoryContractTest extends UserAccountRepositoryContract {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PersonRepository people;

    @Override
    protected UserAccountRepository accounts() {
        return accounts;
    }

    @Override
    protected PersonRepository people() {
        return people;
    }

    @Override
    protected <T> T call(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }

    @Override
    protected void run(Runnable step) {
        QuarkusTransaction.requiringNew().run(step);
    }
}

package dev.baton.app.token;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.token.port.ApiTokenRepository;
import dev.baton.application.token.port.ApiTokenRepositoryContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The ApiTokenRepositoryContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ApiTokenRepositoryContractTest extends ApiTokenRepositoryContract {

    @Inject
    ApiTokenRepository tokens;

    @Inject
    PersonRepository people;

    @Override
    protected ApiTokenRepository tokens() {
        return tokens;
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

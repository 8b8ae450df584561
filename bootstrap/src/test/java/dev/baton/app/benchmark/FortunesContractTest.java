package dev.baton.app.benchmark;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.benchmark.port.Fortunes;
import dev.baton.application.benchmark.port.FortunesContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The FortunesContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class FortunesContractTest extends FortunesContract {

    @Inject
    Fortunes fortunes;

    @Override
    protected Fortunes fortunes() {
        return fortunes;
    }

    @Override
    protected <T> T call(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }
}

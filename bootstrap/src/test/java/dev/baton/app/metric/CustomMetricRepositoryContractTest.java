package dev.baton.app.metric;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.metric.port.CustomMetricRepository;
import dev.baton.application.metric.port.CustomMetricRepositoryContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The CustomMetricRepositoryContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CustomMetricRepositoryContractTest extends CustomMetricRepositoryContract {

    @Inject
    CustomMetricRepository customMetrics;

    @Override
    protected CustomMetricRepository customMetrics() {
        return customMetrics;
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

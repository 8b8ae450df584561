package dev.baton.app.notification;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.notification.port.Outbox;
import dev.baton.application.notification.port.OutboxContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The OutboxContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class OutboxContractTest extends OutboxContract {

    @Inject
    Outbox outbox;

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected <T> T call(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }
}

package dev.baton.app.notification;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.notification.port.Outbox;
import dev.baton.application.notification.port.OutboxEntries;
import dev.baton.application.notification.port.OutboxEntriesContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/** The OutboxEntriesContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class OutboxEntriesContractTest extends OutboxEntriesContract {

    @Inject
    Outbox outbox;

    @Inject
    OutboxEntries entries;

    @Inject
    Clock clock;

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected OutboxEntries entries() {
        return entries;
    }

    @Override
    protected Instant now() {
        return clock.instant();
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

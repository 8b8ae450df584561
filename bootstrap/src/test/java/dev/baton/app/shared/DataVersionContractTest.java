package dev.baton.app.shared;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.notification.port.Outbox;
import dev.baton.application.shared.port.DataVersion;
import dev.baton.application.shared.port.DataVersionContract;
import dev.baton.domain.notification.Message;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * The DataVersionContract checked against PostgreSQL's data version, each step in a transaction of its own: a
 * statement on a table the scorecard reads (it deletes no row, but the statement-level trigger counts it) moves it, and
 * a message kept in the outbox does not. {@code ScorecardDataVersionTest} checks the same through real sign-ins.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DataVersionContractTest extends DataVersionContract {

    @Inject
    DataVersion version;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Override
    protected DataVersion version() {
        return version;
    }

    @Override
    protected void commitAChangeTheScorecardReads() {
        run(() -> entityManager
                .createNativeQuery("delete from kpi_target where false")
                .executeUpdate());
    }

    @Override
    protected void commitAWriteToSomethingElse() {
        run(() -> outbox.keep(Message.mail("someone@example.com", "Subject", "text", "<p>html</p>", "digest")));
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

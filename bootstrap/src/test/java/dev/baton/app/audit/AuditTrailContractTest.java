package dev.baton.app.audit;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.audit.port.AuditLog;
import dev.baton.application.audit.port.AuditTrail;
import dev.baton.application.audit.port.AuditTrailContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The AuditTrailContract checked against the PostgreSQL adapters, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AuditTrailContractTest extends AuditTrailContract {

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog log;

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected AuditLog log() {
        return log;
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

package dev.baton.app.notification;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.alert.port.AlertLedger;
import dev.baton.application.alert.port.AlertLedgerContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The alert ledger's contract against {@code alert_sent}, each step committed on its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AlertLedgerContractTest extends AlertLedgerContract {

    @Inject
    AlertLedger ledger;

    @Override
    protected AlertLedger ledger() {
        return ledger;
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

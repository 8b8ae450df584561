package dev.baton.app.notification;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.digest.port.DigestLedger;
import dev.baton.application.digest.port.DigestLedgerContract;
import dev.baton.application.notification.IsoWeek;
import dev.baton.domain.person.PersonId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The digest ledger's contract against {@code digest_sent}, each step committed on its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DigestLedgerContractTest extends DigestLedgerContract {

    /** Weeks of a year no digest of the application ever runs in, one per call. */
    private static final AtomicInteger WEEKS = new AtomicInteger();

    @Inject
    DigestLedger ledger;

    @Override
    protected DigestLedger ledger() {
        return ledger;
    }

    @Override
    protected PersonId aPerson() {
        return new PersonId(AdminApi.person(unique("Dora Digest"), "TEAM_LEAD"));
    }

    @Override
    protected IsoWeek aWeek() {
        int n = WEEKS.incrementAndGet();
        return new IsoWeek(1990 + n / 52, 1 + n % 52);
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

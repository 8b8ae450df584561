package dev.baton.application.digest;

import dev.baton.application.digest.port.DigestLedger;
import dev.baton.application.digest.port.DigestLedgerContract;
import dev.baton.application.fakes.InMemoryDigestLedger;
import dev.baton.application.notification.IsoWeek;
import dev.baton.domain.person.PersonId;
import java.util.concurrent.atomic.AtomicInteger;

class InMemoryDigestLedgerContractTest extends DigestLedgerContract {

    private final InMemoryDigestLedger ledger = new InMemoryDigestLedger();
    private final AtomicInteger counter = new AtomicInteger();

    @Override
    protected DigestLedger ledger() {
        return ledger;
    }

    @Override
    protected PersonId aPerson() {
        return new PersonId(counter.incrementAndGet());
    }

    @Override
    protected IsoWeek aWeek() {
        return new IsoWeek(2026, counter.incrementAndGet());
    }
}

package dev.baton.application.measure.port;

import dev.baton.application.fakes.InMemoryLedger;

/** The MeasureLedgerContract run against the in-memory fake, so the fake services are tested over cannot drift from PostgreSQL. */
class InMemoryLedgerContractTest extends MeasureLedgerContract {

    private final InMemoryLedger ledger = new InMemoryLedger();

    @Override
    protected MeasureLedger ledger() {
        return ledger;
    }
}

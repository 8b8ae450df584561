package dev.baton.application.alert;

import dev.baton.application.alert.port.AlertLedger;
import dev.baton.application.alert.port.AlertLedgerContract;
import dev.baton.application.fakes.InMemoryAlertLedger;

class InMemoryAlertLedgerContractTest extends AlertLedgerContract {

    private final InMemoryAlertLedger ledger = new InMemoryAlertLedger();

    @Override
    protected AlertLedger ledger() {
        return ledger;
    }
}

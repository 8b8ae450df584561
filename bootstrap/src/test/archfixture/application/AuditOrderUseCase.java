package archfixture.application;

import archfixture.application.port.OrderLedger;

/** Breaks: a use case that takes an output port from its caller. */
public interface AuditOrderUseCase {
    void audit(OrderLedger ledger);
}

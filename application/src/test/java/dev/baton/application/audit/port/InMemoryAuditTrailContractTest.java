package dev.baton.application.audit.port;

import dev.baton.application.fakes.InMemoryAuditTrail;

/** The AuditTrailContract run against the in-memory fake, so the trail services are tested over cannot drift. */
class InMemoryAuditTrailContractTest extends AuditTrailContract {

    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();

    @Override
    protected AuditTrail trail() {
        return audit;
    }

    @Override
    protected AuditLog log() {
        return audit;
    }
}

package dev.baton.application.notification.port;

import dev.baton.application.fakes.InMemoryOutbox;

/** The OutboxContract run against the list fake the service tests read what was kept from. */
class InMemoryOutboxContractTest extends OutboxContract {

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Override
    protected Outbox outbox() {
        return outbox;
    }
}

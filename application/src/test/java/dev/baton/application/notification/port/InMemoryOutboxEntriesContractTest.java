package dev.baton.application.notification.port;

import dev.baton.application.fakes.InMemoryOutboxEntries;
import dev.baton.application.fakes.MutableClock;
import java.time.Instant;

class InMemoryOutboxEntriesContractTest extends OutboxEntriesContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T07:00:00Z"));
    private final InMemoryOutboxEntries outbox = new InMemoryOutboxEntries(clock);

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected OutboxEntries entries() {
        return outbox;
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }
}

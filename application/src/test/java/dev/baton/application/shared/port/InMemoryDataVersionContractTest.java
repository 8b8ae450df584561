package dev.baton.application.shared.port;

import dev.baton.application.fakes.CountingDataVersion;
import dev.baton.application.fakes.InMemoryOutbox;
import dev.baton.domain.notification.Message;

/**
 * The DataVersionContract run against the in-memory fake: a commit to the scorecard's inputs is the fake's own
 * {@code commit()}, as the service tests call it; a write elsewhere (the outbox) never touches it.
 */
class InMemoryDataVersionContractTest extends DataVersionContract {

    private final CountingDataVersion version = new CountingDataVersion();
    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Override
    protected DataVersion version() {
        return version;
    }

    @Override
    protected void commitAChangeTheScorecardReads() {
        version.commit();
    }

    @Override
    protected void commitAWriteToSomethingElse() {
        outbox.keep(Message.mail("someone@example.com", "Subject", "text", "<p>html</p>", "digest"));
    }
}

package dev.baton.application.notification.delivery;

import dev.baton.application.notification.OutboxEntry;
import dev.baton.application.notification.port.OutboxEntries;
import dev.baton.domain.notification.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The short transactions of a delivery round, each committed on its own: the claim (so its leases are visible to every
 * other instance before anything is sent), and the outcome of each message. Sending happens between them, outside any
 * transaction, so no database connection or row lock is held while a mail server or webhook takes its time.
 */
@ApplicationScoped
public class DeliverySteps {

    private final OutboxEntries entries;

    @Inject
    public DeliverySteps(OutboxEntries entries) {
        this.entries = entries;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public List<OutboxEntry> claim(Instant now, Instant leaseUntil, Set<Channel> channels, int maxAttempts, int limit) {
        return entries.claimDue(now, leaseUntil, channels, maxAttempts, limit);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void sent(long id, Instant at) {
        entries.markSent(id, at);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void failed(long id, int attempts, String reason, Instant nextAttemptAt) {
        entries.markFailed(id, attempts, reason, nextAttemptAt);
    }
}

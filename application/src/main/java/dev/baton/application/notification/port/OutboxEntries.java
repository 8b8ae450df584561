package dev.baton.application.notification.port;

import dev.baton.application.notification.OutboxEntry;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.notification.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The outbox as delivery and its readers see it: claiming what is due, recording how it went, and listing it. */
public interface OutboxEntries {

    /**
     * Claims at most {@code limit} messages that are due at {@code now}: not SENT, on one of {@code channels}, attempted
     * fewer than {@code maxAttempts} times, whose next attempt is at or before {@code now} and that no live lease holds
     * (none, or one that ended at or before {@code now}). Each claimed message is leased until {@code leaseUntil}, so no
     * other claimer, on this instance or another, gets it meanwhile. Oldest due first.
     */
    List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, Set<Channel> channels, int maxAttempts, int limit);

    /** The message went out at {@code at}; its lease ends. */
    void markSent(long id, Instant at);

    /**
     * The attempt failed for {@code reason}; the message has now been attempted {@code attempts} times and is due again
     * at {@code nextAttemptAt}. Its lease ends.
     */
    void markFailed(long id, int attempts, String reason, Instant nextAttemptAt);

    /** The outbox, newest first. */
    Page<OutboxEntry> newestFirst(PageRequest page);
}

package dev.baton.application.notification.outbox;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.notification.port.OutboxEntries;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.notification.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Only admins read the outbox: it holds every person's mail. */
@ApplicationScoped
public class ReadOutboxService implements ReadOutboxUseCase {

    private final OutboxEntries entries;
    private final AccessPolicy access;
    private final Backoff backoff = Backoff.standard();

    @Inject
    public ReadOutboxService(OutboxEntries entries, AccessPolicy access) {
        this.entries = entries;
        this.access = access;
    }

    @Override
    @Transactional
    public Page<OutboxItem> read(PageRequest page) {
        access.requireAdmin();
        return entries.newestFirst(page).map(entry -> OutboxItem.of(entry, backoff));
    }
}

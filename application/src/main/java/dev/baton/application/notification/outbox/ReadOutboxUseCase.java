package dev.baton.application.notification.outbox;

import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;

/** The outbox, newest first, for admins: what Baton wrote, to whom, and whether it went out. */
public interface ReadOutboxUseCase {

    Page<OutboxItem> read(PageRequest page);
}

package dev.baton.application.fakes;

import dev.baton.application.notification.port.Outbox;
import dev.baton.domain.notification.Message;
import java.util.ArrayList;
import java.util.List;

/** The outbox as a list, in the order messages were kept. */
public final class InMemoryOutbox implements Outbox {

    private final List<Message> kept = new ArrayList<>();

    @Override
    public long keep(Message message) {
        kept.add(message);
        return kept.size();
    }

    public List<Message> kept() {
        return List.copyOf(kept);
    }
}

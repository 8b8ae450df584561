package dev.baton.application.fakes;

import dev.baton.application.notification.Recipient;
import dev.baton.application.notification.port.Recipients;
import dev.baton.domain.person.PersonId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Recipients in a map by person id, ordered as the PostgreSQL adapter orders them. */
public final class InMemoryRecipients implements Recipients {

    private final Map<Long, Recipient> recipients = new TreeMap<>();

    public Recipient add(Recipient recipient) {
        recipients.put(recipient.person().value(), recipient);
        return recipient;
    }

    @Override
    public List<Recipient> all() {
        return recipients.values().stream()
                .sorted(Comparator.comparingLong(r -> r.person().value()))
                .toList();
    }

    @Override
    public Optional<Recipient> find(PersonId person) {
        return Optional.ofNullable(recipients.get(person.value()));
    }
}

package dev.baton.application.fakes;

import dev.baton.application.notification.Recipient;
import dev.baton.application.notification.port.Recipients;
import dev.baton.application.preference.Language;
import dev.baton.application.preference.Preferences;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Recipients as the PostgreSQL adapter reads them ({@code RecipientsContract}): the in-memory people joined to their
 * sign-ins, each with their stored language and digest choice, ordered by person id; a person without a sign-in is
 * none. A test that needs no people of its own may also {@link #add} a recipient outright.
 */
public final class InMemoryRecipients implements Recipients {

    private final InMemoryPeople people;
    private final InMemoryAccounts accounts;
    private final InMemoryPreferences preferences;
    private final Map<Long, Recipient> added = new TreeMap<>();

    /** Recipients a test adds outright, and nobody else. */
    public InMemoryRecipients() {
        this(new InMemoryPeople(), new InMemoryAccounts());
    }

    private InMemoryRecipients(InMemoryPeople people, InMemoryAccounts accounts) {
        this(people, accounts, new InMemoryPreferences(people));
    }

    /** The people of these fakes who have a sign-in. */
    public InMemoryRecipients(InMemoryPeople people, InMemoryAccounts accounts, InMemoryPreferences preferences) {
        this.people = people;
        this.accounts = accounts;
        this.preferences = preferences;
    }

    /** A recipient as if their person, sign-in and choices were stored. */
    public Recipient add(Recipient recipient) {
        added.put(recipient.person().value(), recipient);
        return recipient;
    }

    @Override
    public List<Recipient> all() {
        Stream<Recipient> signedUp = accounts.all().stream().flatMap(account -> joined(account.person()).stream());
        return Stream.concat(added.values().stream(), signedUp)
                .sorted(Comparator.comparingLong(r -> r.person().value()))
                .toList();
    }

    @Override
    public Optional<Recipient> find(PersonId person) {
        Optional<Recipient> outright = Optional.ofNullable(added.get(person.value()));
        return outright.isPresent()
                ? outright
                : accounts.findByPerson(person).flatMap(account -> joined(account.person()));
    }

    private Optional<Recipient> joined(PersonId id) {
        return people.findById(id).map(person -> recipient(person, preferences.find(id)));
    }

    private static Recipient recipient(Person person, Optional<Preferences> chosen) {
        Language language = chosen.map(Preferences::language).orElse(Language.ENGLISH);
        return new Recipient(
                person.id(),
                person.name().value(),
                person.email(),
                person.roles(),
                language.locale(),
                chosen.map(Preferences::digest).orElse(true));
    }
}

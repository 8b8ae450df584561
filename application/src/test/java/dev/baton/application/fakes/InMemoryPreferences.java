package dev.baton.application.fakes;

import dev.baton.application.preference.Language;
import dev.baton.application.preference.Preferences;
import dev.baton.application.preference.port.PreferenceStore;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Preferences beside the in-memory people, keeping the PostgreSQL adapter's contract: they live on the person, English
 * with the digest on until changed, and a save checks and moves on the person's own version.
 */
public final class InMemoryPreferences implements PreferenceStore {

    private record Choice(Language language, boolean digest) {}

    private final InMemoryPeople people;
    private final Map<PersonId, Choice> choices = new HashMap<>();

    public InMemoryPreferences(InMemoryPeople people) {
        this.people = people;
    }

    @Override
    public Optional<Preferences> find(PersonId person) {
        return people.findById(person).map(p -> {
            Choice choice = choices.getOrDefault(person, new Choice(Language.ENGLISH, true));
            return new Preferences(choice.language(), choice.digest(), p.version());
        });
    }

    @Override
    public Optional<Language> chosenLanguage(PersonId person) {
        return Optional.ofNullable(choices.get(person)).map(Choice::language);
    }

    @Override
    public Preferences save(PersonId person, Language language, boolean digest, long expectedVersion) {
        Person stored = people.findById(person).orElseThrow(() -> new NotFoundException("person", person));
        if (stored.version() != expectedVersion) {
            throw new ConcurrentEditException("person", person);
        }
        people.replace(new Person(stored.id(), stored.name(), stored.email(), stored.roles(), stored.version() + 1));
        choices.put(person, new Choice(language, digest));
        return find(person).orElseThrow();
    }
}

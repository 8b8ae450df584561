package dev.baton.application.preference;

import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.access.port.CurrentActor;
import dev.baton.application.audit.Auditor;
import dev.baton.application.preference.port.PreferenceStore;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.PersonId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A person's own notification preferences. Anyone signed in who is a person in Baton reads and sets their own, whatever
 * their roles: they are nobody else's business, and an admin changes them only by signing in as the person. A change
 * is audited on the person, like an edit of the person.
 */
@ApplicationScoped
public class PreferencesService implements GetPreferencesUseCase, SetPreferencesUseCase, StoredLanguageUseCase {

    private final PreferenceStore store;
    private final CurrentActor current;
    private final Auditor auditor;

    @Inject
    public PreferencesService(PreferenceStore store, CurrentActor current, Auditor auditor) {
        this.store = store;
        this.current = current;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Preferences mine() {
        PersonId person = signedInPerson();
        return store.find(person).orElseThrow(() -> new NotFoundException("person", person));
    }

    @Override
    @Transactional
    public Preferences set(SetPreferencesCommand command) {
        PersonId person = signedInPerson();
        Preferences before = store.find(person).orElseThrow(() -> new NotFoundException("person", person));
        if (before.version() != command.version()) {
            throw new ConcurrentEditException("person", person);
        }
        if (before.language() == command.language() && before.digest() == command.digest()) {
            return before;
        }
        Preferences after = store.save(person, command.language(), command.digest(), command.version());
        auditor.record("person", person.value(), "preferences", described(before), described(after), Optional.empty());
        return after;
    }

    @Override
    @Transactional
    public Optional<Language> ofReader() {
        Actor actor = current.actor();
        if (!actor.authenticated()) {
            return Optional.empty();
        }
        return actor.person().flatMap(store::chosenLanguage);
    }

    private PersonId signedInPerson() {
        Actor actor = current.actor();
        if (!actor.authenticated()) {
            throw new UnauthenticatedException();
        }
        return actor.person()
                .orElseThrow(() -> new ForbiddenException("Only a person in Baton has notification preferences."));
    }

    static Map<String, Object> described(Preferences preferences) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("language", preferences.language().tag());
        fields.put("digest", preferences.digest());
        return fields;
    }
}

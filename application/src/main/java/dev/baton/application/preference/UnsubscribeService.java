package dev.baton.application.preference;

import dev.baton.application.audit.Auditor;
import dev.baton.application.notification.UnsubscribeLinks;
import dev.baton.application.preference.port.PreferenceStore;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.PersonId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/**
 * Turning the digest off from the link in a mail, with no sign-in. The link's HMAC signature ({@link UnsubscribeLinks})
 * is the only authority, so it is checked before anything is read; a link that does not verify is answered as not
 * found, the same as a person who no longer exists, so the answer reveals nothing about who exists. It can only ever
 * turn the digest off, never on, and touches nothing else.
 */
@ApplicationScoped
public class UnsubscribeService implements UnsubscribeUseCase {

    private final UnsubscribeLinks links;
    private final PreferenceStore store;
    private final Auditor auditor;

    @Inject
    public UnsubscribeService(UnsubscribeLinks links, PreferenceStore store, Auditor auditor) {
        this.links = links;
        this.store = store;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Unsubscription look(String token) {
        PersonId person = verified(token);
        Preferences preferences = stored(person);
        return new Unsubscription(person, preferences.language(), preferences.digest());
    }

    @Override
    @Transactional
    public Unsubscription unsubscribe(String token) {
        PersonId person = verified(token);
        Preferences before = stored(person);
        if (before.digest()) {
            Preferences after = store.save(person, before.language(), false, before.version());
            auditor.record(
                    "person",
                    person.value(),
                    "unsubscribe",
                    PreferencesService.described(before),
                    Map.of("language", after.language().tag(), "digest", false, "by", "unsubscribe link"),
                    Optional.empty());
        }
        return new Unsubscription(person, before.language(), false);
    }

    private PersonId verified(String token) {
        return links.verify(token).orElseThrow(() -> new NotFoundException("unsubscribe link", "given"));
    }

    private Preferences stored(PersonId person) {
        return store.find(person).orElseThrow(() -> new NotFoundException("unsubscribe link", "given"));
    }
}

package dev.baton.application.preference.port;

import dev.baton.application.preference.Language;
import dev.baton.application.preference.Preferences;
import dev.baton.domain.person.PersonId;
import java.util.Optional;

/** Each person's stored language and digest choice, versioned with their person row. */
public interface PreferenceStore {

    /** The person's preferences; a language never chosen reads as English. */
    Optional<Preferences> find(PersonId person);

    /** The language the person chose, if they ever did: until then the pages follow the browser. */
    Optional<Language> chosenLanguage(PersonId person);

    /**
     * Stores both choices if the person's row is still at {@code expectedVersion}, and returns them with the row's new
     * version (every save moves it on, so an edit of the person read before is refused too).
     *
     * @throws dev.baton.application.shared.ConcurrentEditException when the stored version differs
     * @throws dev.baton.application.shared.NotFoundException when there is no such person
     */
    Preferences save(PersonId person, Language language, boolean digest, long expectedVersion);
}

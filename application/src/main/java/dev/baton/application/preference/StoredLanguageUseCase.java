package dev.baton.application.preference;

import java.util.Optional;

/**
 * The language the signed-in reader stored, for the pages to speak it; none for anyone not signed in or not a person
 * in Baton. Never refuses: a page in the browser's language is the answer for everyone else.
 */
public interface StoredLanguageUseCase {

    Optional<Language> ofReader();
}

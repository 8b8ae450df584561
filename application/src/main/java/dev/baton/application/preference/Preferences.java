package dev.baton.application.preference;

import java.util.Objects;

/**
 * What a person wants of Baton's notifications: the language of their pages and mail, whether the weekly digest comes,
 * and the version of their person row, which guards these as it guards the rest of the person.
 */
public record Preferences(Language language, boolean digest, long version) {

    public Preferences {
        Objects.requireNonNull(language, "language");
    }
}

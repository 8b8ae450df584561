package dev.baton.application.preference;

import dev.baton.domain.person.PersonId;
import java.util.Objects;

/** The person an unsubscribe link names, the language to speak to them in, and whether the digest still comes. */
public record Unsubscription(PersonId person, Language language, boolean digest) {

    public Unsubscription {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(language, "language");
    }
}

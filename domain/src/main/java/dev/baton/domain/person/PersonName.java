package dev.baton.domain.person;

import dev.baton.domain.shared.DisplayName;

/** A person's display name: trimmed, 1–80 characters. */
public record PersonName(String value) {

    public PersonName {
        value = DisplayName.normalize(value, "PERSON");
    }

    @Override
    public String toString() {
        return value;
    }
}

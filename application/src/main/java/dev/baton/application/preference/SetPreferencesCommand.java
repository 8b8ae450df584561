package dev.baton.application.preference;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import java.util.Objects;

/** The signed-in person's new language and digest choice, with the version they read. */
public record SetPreferencesCommand(Language language, boolean digest, long version) {

    public SetPreferencesCommand {
        Objects.requireNonNull(language, "language");
    }

    public static SetPreferencesCommand of(String language, Boolean digest, Long version) {
        Validation v = new Validation();
        Language parsed = null;
        if (language == null || language.isBlank()) {
            v.add(FieldError.of("language", "field.VALUE_REQUIRED"));
        } else {
            parsed = Language.ofTag(language).orElse(null);
            if (parsed == null) {
                v.add(FieldError.of("language", "field.NOT_ONE_OF", language, Language.allowed()));
            }
        }
        v.required("digest", digest, "field.VALUE_REQUIRED");
        v.required("version", version, "field.VERSION_REQUIRED");
        v.throwIfInvalid();
        return new SetPreferencesCommand(parsed, digest, version);
    }
}

package dev.baton.application.shared;

import dev.baton.domain.shared.LocalizedText;
import java.util.Objects;

/** One reason an input was refused, tied to the field (a JSON path or a form field name) that caused it. */
public record FieldError(String field, LocalizedText message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public static FieldError of(String field, String en, String zhCn) {
        return new FieldError(field, LocalizedText.of(en, zhCn));
    }
}

package dev.baton.application.shared;

import dev.baton.application.text.Phrasebook;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.shared.Phrase;
import java.util.Objects;

/**
 * One reason an input was refused, tied to the field (a JSON path or a form field name) that caused it. The reason is
 * a {@link Phrase}: an adapter words it in the reader's language through {@code Phrasebook}.
 */
public record FieldError(String field, Phrase phrase) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(phrase, "phrase");
    }

    /** The error with the phrase of the code and its arguments, e.g. {@code of("to", "field.END_LIES_BEFORE_START")}. */
    public static FieldError of(String field, String code, Object... arguments) {
        return new FieldError(field, Phrase.of(code, arguments));
    }

    /** The reason worded in both languages, as the API's {@code {"en", "zh-CN"}} shape would carry it. */
    public LocalizedText message() {
        return Phrasebook.both(phrase);
    }
}

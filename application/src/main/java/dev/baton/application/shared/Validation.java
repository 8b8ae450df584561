package dev.baton.application.shared;

import dev.baton.domain.shared.InvalidValueException;
import dev.baton.domain.shared.Phrase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Collects every field error while a command is built from raw input, so the caller hears about all of them at once.
 * Value objects stay the judges of validity; this only ties their verdicts (phrases) to field names.
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldError(field, e.phrase()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, refused(e)));
        }
        return null;
    }

    /**
     * The phrase of a refusal that is not an {@link InvalidValueException}: a guard the input should never reach, so
     * its text is a programmer's, shown as it is in both languages rather than hidden.
     */
    public static Phrase refused(IllegalArgumentException e) {
        if (e instanceof InvalidValueException invalid) {
            return invalid.phrase();
        }
        return Phrase.of("field.REFUSED", String.valueOf(e.getMessage()));
    }

    public <E extends Enum<E>> E enumField(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            errors.add(FieldError.of(field, "field.VALUE_REQUIRED"));
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(FieldError.of(field, "field.NOT_ONE_OF", raw, allowed));
            return null;
        }
    }

    public <T> T required(String field, T value, String code, Object... arguments) {
        if (value == null) {
            errors.add(FieldError.of(field, code, arguments));
        }
        return value;
    }

    public void add(FieldError error) {
        errors.add(error);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

package dev.baton.application.shared;

import dev.baton.domain.shared.InvalidValueException;
import dev.baton.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Collects every field error while a command is built from raw input, so the caller hears about all of them at once.
 * Value objects stay the judges of validity; this only ties their verdicts to field names.
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldError(field, e.reason()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, LocalizedText.of(e.getMessage(), e.getMessage())));
        }
        return null;
    }

    public <E extends Enum<E>> E enumField(String field, String raw, Class<E> type, String zhLabel) {
        if (raw == null || raw.isBlank()) {
            errors.add(FieldError.of(field, "A value is required.", zhLabel + "为必填项。"));
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(FieldError.of(
                    field, "'" + raw + "' is not one of " + allowed + ".", "“" + raw + "”不是有效值,可选:" + allowed + "。"));
            return null;
        }
    }

    public <T> T required(String field, T value, String en, String zhCn) {
        if (value == null) {
            errors.add(FieldError.of(field, en, zhCn));
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

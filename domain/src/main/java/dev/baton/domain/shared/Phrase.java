package dev.baton.domain.shared;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What to say, without the words: a code that a message bundle words in each language, and the arguments its pattern
 * names by position. Rules and commands produce phrases; the adapters word them, so a translation lives in one
 * bundle per language instead of beside every rule.
 *
 * <p>An argument is typed so that each language can present it its own way: a {@link String} is a name given as data
 * (a team, a funnel, a stage), a {@link Number} is formatted with digit grouping, a {@link LocalizedText} is data that
 * already exists in both languages (a metric's catalog name), a nested {@code Phrase} is worded in the same language,
 * and a {@link List} of any of these is joined as a list ("A, B and C", "A、B、C").
 */
public record Phrase(String code, List<Object> arguments) {

    public Phrase {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a phrase needs a code");
        }
        arguments = List.copyOf(arguments);
        arguments.forEach(Phrase::requireSupported);
    }

    public static Phrase of(String code, Object... arguments) {
        return new Phrase(code, Arrays.asList(arguments));
    }

    private static void requireSupported(Object argument) {
        if (argument instanceof List<?> list) {
            list.forEach(Phrase::requireSupported);
            return;
        }
        boolean supported = argument instanceof String
                || argument instanceof BigDecimal
                || argument instanceof Integer
                || argument instanceof Long
                || argument instanceof LocalizedText
                || argument instanceof Phrase;
        if (!supported) {
            throw new IllegalArgumentException(
                    "a phrase cannot word a " + argument.getClass().getSimpleName());
        }
    }
}

package dev.baton.domain.shared;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A value object refused to exist. It says why as a {@link Phrase}, so a form or an API answer words the reason in
 * the reader's language from the message bundles; {@link #getMessage()} names the code and its arguments, for logs.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final transient Phrase phrase;

    public InvalidValueException(Phrase phrase) {
        super(forLogs(Objects.requireNonNull(phrase, "phrase")));
        this.phrase = phrase;
    }

    public InvalidValueException(String code, Object... arguments) {
        this(Phrase.of(code, arguments));
    }

    public Phrase phrase() {
        return phrase;
    }

    private static String forLogs(Phrase phrase) {
        if (phrase.arguments().isEmpty()) {
            return phrase.code();
        }
        return phrase.code()
                + phrase.arguments().stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}

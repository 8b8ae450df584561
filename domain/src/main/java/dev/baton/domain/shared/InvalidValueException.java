package dev.baton.domain.shared;

import java.util.Objects;

/**
 * A value object refused to exist. It carries its reason in both languages so a form can show it next to the field
 * in the reader's language.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final LocalizedText reason;

    public InvalidValueException(LocalizedText reason) {
        super(Objects.requireNonNull(reason, "reason").en());
        this.reason = reason;
    }

    public InvalidValueException(String en, String zhCn) {
        this(LocalizedText.of(en, zhCn));
    }

    public LocalizedText reason() {
        return reason;
    }
}

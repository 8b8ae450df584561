package dev.baton.application.shared;

import dev.baton.domain.shared.Phrase;
import java.util.Objects;

/**
 * The request is well-formed, but the current state forbids it (archiving a team that still owns stages). The reason
 * is a {@link Phrase}, worded by the adapter in the reader's language.
 */
public class RefusedException extends RuntimeException {

    private final transient Phrase reason;

    public RefusedException(Phrase reason) {
        super(Objects.requireNonNull(reason, "reason").code());
        this.reason = reason;
    }

    public RefusedException(String code, Object... arguments) {
        this(Phrase.of(code, arguments));
    }

    public Phrase reason() {
        return reason;
    }
}

package dev.baton.application.shared;

import dev.baton.domain.shared.LocalizedText;

/** The request is well-formed, but the current state forbids it (archiving a team that still owns stages). */
public class RefusedException extends RuntimeException {

    private final LocalizedText reason;

    public RefusedException(LocalizedText reason) {
        super(reason.en());
        this.reason = reason;
    }

    public LocalizedText reason() {
        return reason;
    }
}

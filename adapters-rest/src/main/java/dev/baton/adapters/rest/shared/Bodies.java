package dev.baton.adapters.rest.shared;

import dev.baton.application.shared.InvalidInputException;

public final class Bodies {

    private Bodies() {}

    /** A write without a body is a client error with a field message, not a NullPointerException. */
    public static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "field.JSON_BODY_REQUIRED");
        }
        return body;
    }
}

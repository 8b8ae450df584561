package dev.baton.application.fakes;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import java.util.List;

/** The fields an invalid input names: what a test asserts on, rather than the words of each message. */
public final class Fields {

    private Fields() {}

    public static List<String> of(Throwable invalid) {
        return ((InvalidInputException) invalid)
                .errors().stream().map(FieldError::field).toList();
    }
}

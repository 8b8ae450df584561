package dev.baton.application.shared;

import dev.baton.application.text.Phrasebook;
import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be turned into a command: every field error is listed, not just the first. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream()
                .map(e -> e.field() + ": " + Phrasebook.word(e.phrase(), Phrasebook.ENGLISH))
                .collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String code, Object... arguments) {
        return new InvalidInputException(List.of(FieldError.of(field, code, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

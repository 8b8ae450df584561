package dev.baton.application.shared;

import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be turned into a command: every field error is listed, not just the first. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message().en()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String en, String zhCn) {
        return new InvalidInputException(List.of(FieldError.of(field, en, zhCn)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

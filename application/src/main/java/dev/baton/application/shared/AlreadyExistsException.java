package dev.baton.application.shared;

import java.util.List;

/**
 * The input is valid, but what it would create already exists: a team name in use, a target slot held, an e-mail
 * address taken. Raised by the checks before a write and, when two identical requests race past those checks (a
 * double-clicked Save), by the persistence adapter that lost the race at the database's unique constraint, so both
 * paths answer alike: a conflict, with the field that clashes. It is an invalid input too, so a form shows the message
 * next to that field.
 */
public class AlreadyExistsException extends InvalidInputException {

    public AlreadyExistsException(List<FieldError> errors) {
        super(errors);
    }

    public static AlreadyExistsException of(String field, String code, Object... arguments) {
        return new AlreadyExistsException(List.of(FieldError.of(field, code, arguments)));
    }
}

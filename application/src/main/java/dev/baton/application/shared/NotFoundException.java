package dev.baton.application.shared;

/** The thing a use case was asked about does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " with id " + id + ".");
    }
}

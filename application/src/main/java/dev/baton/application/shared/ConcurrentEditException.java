package dev.baton.application.shared;

/** Someone else changed the thing since the caller read it; the caller's change is not applied. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Object id) {
        super("The " + what + " " + id
                + " was changed by someone else since you loaded it. Reload it and apply your change again.");
    }
}

package dev.baton.application.shared;

/** Something Baton depends on, such as the database, cannot be reached just now; the request may be retried. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(Throwable cause) {
        super("The database cannot be reached just now. Try again in a moment.", cause);
    }
}

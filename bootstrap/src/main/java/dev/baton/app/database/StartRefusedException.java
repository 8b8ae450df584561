package dev.baton.app.database;

/**
 * The embedded PostgreSQL cannot start, for a reason a person can act on. Its message is the whole story, in one line:
 * {@link dev.baton.app.BatonMain} prints it without a stack trace and exits.
 */
public final class StartRefusedException extends RuntimeException {

    public StartRefusedException(String message) {
        super(message, null, false, false);
    }
}

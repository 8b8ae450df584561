package dev.baton.adapters.notifications;

/** A failure in the words an admin reads on the outbox page: the innermost cause, which names what went wrong. */
final class Failures {

    private Failures() {}

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String kind = root.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}

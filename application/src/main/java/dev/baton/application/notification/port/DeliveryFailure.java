package dev.baton.application.notification.port;

/**
 * A message that did not go out, with the reason in words an admin can act on ("HTTP 500", "connection refused"). It
 * is checked so that every sender says plainly how it fails, and the delivery records the reason on the message.
 */
public class DeliveryFailure extends Exception {

    /** Reasons are kept on the outbox row, which holds 2000 characters; a longer one is cut. */
    static final int MAX_REASON = 1000;

    private final String reason;

    public DeliveryFailure(String reason) {
        this(reason, null);
    }

    public DeliveryFailure(String reason, Throwable cause) {
        super(shorten(reason), cause);
        this.reason = shorten(reason);
    }

    public String reason() {
        return reason;
    }

    private static String shorten(String reason) {
        String given = reason == null || reason.isBlank() ? "unknown failure" : reason.strip();
        return given.length() <= MAX_REASON ? given : given.substring(0, MAX_REASON - 1) + "…";
    }
}

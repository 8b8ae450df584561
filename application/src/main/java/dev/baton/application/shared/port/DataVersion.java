package dev.baton.application.shared.port;

/**
 * Tells whether the data the scorecard is computed from has changed: two calls that return equal tokens saw exactly
 * the same committed teams, funnels, targets, metrics, measures and check-ins. Lets a use case keep a result it
 * computed and hand it out again while nothing it reads has changed, on any number of instances, without any instance
 * having to hear about another's writes. Writes to anything else (sign-ins, the audit trail, the outbox) leave it alone.
 */
public interface DataVersion {

    /**
     * A token for those inputs as committed now; a commit that changes one of them in between gives another one, and
     * a token never names data that is not committed yet.
     */
    String current();
}

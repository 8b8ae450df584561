package dev.baton.application.shared.port;

/**
 * Tells whether the stored data has changed: two calls that return equal tokens saw exactly the same committed data.
 * Lets a use case keep a result it computed and hand it out again while nothing has changed, on any number of
 * instances, without any instance having to hear about another's writes.
 */
public interface DataVersion {

    /** A token for the committed data as the store sees it now; any commit in between gives another one. */
    String current();
}

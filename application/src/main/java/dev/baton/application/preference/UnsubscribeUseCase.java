package dev.baton.application.preference;

/**
 * The digest's one-click unsubscribe, with no sign-in: the signed link is the authority. A forged or malformed link is
 * a {@link dev.baton.application.shared.NotFoundException} and changes nothing.
 */
public interface UnsubscribeUseCase {

    /** Whom the link names, in their language, and whether they still get the digest; changes nothing. */
    Unsubscription look(String token);

    /** Turns the digest of the person the link names off (nothing happens when it is off already). */
    Unsubscription unsubscribe(String token);
}

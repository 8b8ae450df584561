package dev.baton.application.notification.port;

/**
 * Signs links that act without a sign-in, with a secret every instance shares. The signing itself is cryptography the
 * application leaves to the outside: it only asks for a signature and compares two.
 */
public interface LinkSignatures {

    /** The signature of this text: URL-safe characters only, the same for the same text on every instance. */
    String sign(String text);
}

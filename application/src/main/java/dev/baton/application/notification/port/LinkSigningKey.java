package dev.baton.application.notification.port;

/** The secret that signs links which act without a sign-in; the same on every instance. */
public interface LinkSigningKey {

    byte[] bytes();
}

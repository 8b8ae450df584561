package dev.baton.application.access;

/** Nobody is signed in, and this needs someone. */
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException() {
        super("Sign in first.");
    }
}

package dev.baton.application.signin;

/** How a sign-in went. A refusal does not say whether the username exists. */
public sealed interface SignInOutcome
        permits SignInOutcome.SignedIn, SignInOutcome.Refused, SignInOutcome.Paused, SignInOutcome.Throttled {

    record SignedIn(SignedInUser user) implements SignInOutcome {}

    record Refused() implements SignInOutcome {}

    /** Too many failures in a row: sign-in for this name is paused for a while, even with the right password. */
    record Paused() implements SignInOutcome {}

    /**
     * Too many failures from this client address: it is held back for {@code retryAfter}, before any password is
     * checked, whichever name it tries.
     */
    record Throttled(java.time.Duration retryAfter) implements SignInOutcome {}
}

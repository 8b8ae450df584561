package dev.baton.application.signin;

/** How a sign-in went. A refusal does not say whether the username exists. */
public sealed interface SignInOutcome permits SignInOutcome.SignedIn, SignInOutcome.Refused, SignInOutcome.Paused {

    record SignedIn(SignedInUser user) implements SignInOutcome {}

    record Refused() implements SignInOutcome {}

    /** Too many failures in a row: sign-in for this name is paused for a while, even with the right password. */
    record Paused() implements SignInOutcome {}
}

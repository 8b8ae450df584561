package dev.baton.application.fakes;

import dev.baton.application.signin.port.SignInLimits;
import java.time.Duration;

/** Sign-in limits as a record: a test says them in one line. */
public record FixedSignInLimits(int clientMaxFailures, Duration clientWindow, Duration clientPause)
        implements SignInLimits {}

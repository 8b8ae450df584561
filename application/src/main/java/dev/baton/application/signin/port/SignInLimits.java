package dev.baton.application.signin.port;

import java.time.Duration;

/**
 * How many failed sign-ins one client address may make in a window before it is held back, and for how long; as the
 * organisation configured it.
 */
public interface SignInLimits {

    int clientMaxFailures();

    Duration clientWindow();

    Duration clientPause();
}

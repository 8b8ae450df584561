package dev.baton.application.signin.port;

import dev.baton.application.fakes.InMemoryLoginAttempts;

/** The LoginAttemptsContract run against the in-memory fake, so the fake sign-in is tested over cannot drift from PostgreSQL. */
class InMemoryLoginAttemptsContractTest extends LoginAttemptsContract {

    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();

    @Override
    protected LoginAttempts attempts() {
        return attempts;
    }
}

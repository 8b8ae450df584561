package dev.baton.app.signin;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.signin.port.LoginAttempts;
import dev.baton.application.signin.port.LoginAttemptsContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The LoginAttemptsContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class LoginAttemptsContractTest extends LoginAttemptsContract {

    @Inject
    LoginAttempts attempts;

    @Override
    protected LoginAttempts attempts() {
        return attempts;
    }

    @Override
    protected <T> T call(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }

    @Override
    protected void run(Runnable step) {
        QuarkusTransaction.requiringNew().run(step);
    }
}

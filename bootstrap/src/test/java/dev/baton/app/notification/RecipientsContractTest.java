package dev.baton.app.notification;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.notification.port.Recipients;
import dev.baton.application.notification.port.RecipientsContract;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.preference.port.PreferenceStore;
import dev.baton.application.signin.port.UserAccountRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The RecipientsContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class RecipientsContractTest extends RecipientsContract {

    @Inject
    Recipients recipients;

    @Inject
    PersonRepository people;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PreferenceStore preferences;

    @Override
    protected Recipients recipients() {
        return recipients;
    }

    @Override
    protected PersonRepository people() {
        return people;
    }

    @Override
    protected UserAccountRepository accounts() {
        return accounts;
    }

    @Override
    protected PreferenceStore preferences() {
        return preferences;
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

package dev.baton.app.preference;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.preference.port.PreferenceStore;
import dev.baton.application.preference.port.PreferenceStoreContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The PreferenceStoreContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PreferenceStoreContractTest extends PreferenceStoreContract {

    @Inject
    PreferenceStore preferences;

    @Inject
    PersonRepository people;

    @Override
    protected PreferenceStore preferences() {
        return preferences;
    }

    @Override
    protected PersonRepository people() {
        return people;
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

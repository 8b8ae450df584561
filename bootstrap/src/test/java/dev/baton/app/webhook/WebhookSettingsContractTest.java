package dev.baton.app.webhook;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.application.webhook.port.WebhookSettings;
import dev.baton.application.webhook.port.WebhookSettingsContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The WebhookSettingsContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WebhookSettingsContractTest extends WebhookSettingsContract {

    @Inject
    WebhookSettings webhooks;

    @Inject
    TeamRepository teams;

    @Inject
    PersonRepository people;

    @Override
    protected WebhookSettings webhooks() {
        return webhooks;
    }

    @Override
    protected TeamRepository teams() {
        return teams;
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

package dev.baton.app.notification;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.notification.port.Webhooks;
import dev.baton.application.notification.port.WebhooksContract;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.application.webhook.port.WebhookSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The WebhooksContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WebhooksContractTest extends WebhooksContract {

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookSettings settings;

    @Inject
    TeamRepository teams;

    @Inject
    PersonRepository people;

    @Override
    protected Webhooks webhooks() {
        return webhooks;
    }

    @Override
    protected WebhookSettings settings() {
        return settings;
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

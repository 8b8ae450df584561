package dev.baton.application.notification.port;

import dev.baton.application.fakes.FixedWebhooks;
import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.application.fakes.InMemoryWebhookSettings;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.application.webhook.port.WebhookSettings;

/** The WebhooksContract run against the in-memory fake, read over the in-memory settings. */
class InMemoryWebhooksContractTest extends WebhooksContract {

    private final InMemoryWebhookSettings settings = new InMemoryWebhookSettings();
    private final FixedWebhooks webhooks = new FixedWebhooks(settings);
    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryPeople people = new InMemoryPeople();

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
}

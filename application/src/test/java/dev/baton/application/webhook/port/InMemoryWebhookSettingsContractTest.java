package dev.baton.application.webhook.port;

import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.application.fakes.InMemoryWebhookSettings;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.team.port.TeamRepository;

/** The WebhookSettingsContract run against the in-memory fake. */
class InMemoryWebhookSettingsContractTest extends WebhookSettingsContract {

    private final InMemoryWebhookSettings webhooks = new InMemoryWebhookSettings();
    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryPeople people = new InMemoryPeople();

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
}

package dev.baton.application.fakes;

import dev.baton.application.notification.port.Webhooks;
import dev.baton.application.webhook.WebhookScope;
import dev.baton.domain.team.TeamId;
import java.util.Optional;

/**
 * The chat webhooks the notifications read, over the in-memory settings an admin keeps, as the PostgreSQL adapter reads
 * the rows its settings adapter writes ({@code WebhooksContract}): none until a test sets one.
 */
public final class FixedWebhooks implements Webhooks {

    private final InMemoryWebhookSettings settings;

    public FixedWebhooks() {
        this(new InMemoryWebhookSettings());
    }

    public FixedWebhooks(InMemoryWebhookSettings settings) {
        this.settings = settings;
    }

    public FixedWebhooks company(String url) {
        return set(WebhookScope.company(), url);
    }

    public FixedWebhooks team(TeamId team, String url) {
        return set(WebhookScope.of(team), url);
    }

    private FixedWebhooks set(WebhookScope scope, String url) {
        settings.find(scope)
                .ifPresentOrElse(
                        stored -> settings.update(scope, url, stored.version()), () -> settings.add(scope, url));
        return this;
    }

    @Override
    public Optional<String> company() {
        return settings.find(WebhookScope.company()).map(s -> s.url());
    }

    @Override
    public Optional<String> team(TeamId team) {
        return settings.find(WebhookScope.of(team)).map(s -> s.url());
    }
}

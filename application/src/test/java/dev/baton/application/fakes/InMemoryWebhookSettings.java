package dev.baton.application.fakes;

import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.webhook.WebhookScope;
import dev.baton.application.webhook.WebhookSetting;
import dev.baton.application.webhook.port.WebhookSettings;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Webhooks in a map by scope, keeping the adapter's contract: one per scope, versions checked and moved on. */
public final class InMemoryWebhookSettings implements WebhookSettings {

    private final Map<WebhookScope, WebhookSetting> stored = new HashMap<>();

    @Override
    public Optional<WebhookSetting> find(WebhookScope scope) {
        return Optional.ofNullable(stored.get(scope));
    }

    @Override
    public List<WebhookSetting> all() {
        return stored.values().stream()
                .sorted(Comparator.comparingLong((WebhookSetting w) ->
                        w.scope().team().map(t -> t.value()).orElse(0L)))
                .toList();
    }

    @Override
    public WebhookSetting add(WebhookScope scope, String url) {
        if (stored.containsKey(scope)) {
            throw new ConcurrentEditException("chat webhook", scope.key());
        }
        WebhookSetting setting = new WebhookSetting(scope, url, 0);
        stored.put(scope, setting);
        return setting;
    }

    @Override
    public WebhookSetting update(WebhookScope scope, String url, long expectedVersion) {
        WebhookSetting current = current(scope, expectedVersion);
        WebhookSetting next = new WebhookSetting(scope, url, current.version() + 1);
        stored.put(scope, next);
        return next;
    }

    @Override
    public void remove(WebhookScope scope, long expectedVersion) {
        current(scope, expectedVersion);
        stored.remove(scope);
    }

    private WebhookSetting current(WebhookScope scope, long expectedVersion) {
        WebhookSetting current = stored.get(scope);
        if (current == null || current.version() != expectedVersion) {
            throw new ConcurrentEditException("chat webhook", scope.key());
        }
        return current;
    }
}

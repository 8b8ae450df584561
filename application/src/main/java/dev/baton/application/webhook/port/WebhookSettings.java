package dev.baton.application.webhook.port;

import dev.baton.application.webhook.WebhookScope;
import dev.baton.application.webhook.WebhookSetting;
import java.util.List;
import java.util.Optional;

/**
 * The chat webhooks as they are stored (the writing side of {@code notification.port.Webhooks}): at most one for the
 * company and one per team, each with a version.
 */
public interface WebhookSettings {

    Optional<WebhookSetting> find(WebhookScope scope);

    /** Every stored webhook, the company's first, then by team id. */
    List<WebhookSetting> all();

    /**
     * Stores the first webhook of this scope, at version 0.
     *
     * @throws dev.baton.application.shared.ConcurrentEditException when one is stored already (set in between)
     */
    WebhookSetting add(WebhookScope scope, String url);

    /**
     * Replaces the URL if the stored webhook is still at {@code expectedVersion}, and returns it with its new version.
     *
     * @throws dev.baton.application.shared.ConcurrentEditException when it differs, or none is stored any more
     */
    WebhookSetting update(WebhookScope scope, String url, long expectedVersion);

    /**
     * Removes the webhook if it is still at {@code expectedVersion}.
     *
     * @throws dev.baton.application.shared.ConcurrentEditException when it differs, or none is stored any more
     */
    void remove(WebhookScope scope, long expectedVersion);
}

package dev.baton.application.webhook;

import java.util.Objects;

/** A chat incoming-webhook URL an admin set, with the version that guards it. */
public record WebhookSetting(WebhookScope scope, String url, long version) {

    public WebhookSetting {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(url, "url");
    }
}

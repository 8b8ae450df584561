package dev.baton.adapters.rest.webhook;

import dev.baton.application.webhook.WebhookSetting;

public record WebhookResponse(String url, long version) {

    static WebhookResponse of(WebhookSetting setting) {
        return new WebhookResponse(setting.url(), setting.version());
    }
}

package dev.baton.application.webhook;

public interface SetWebhookUseCase {

    WebhookSetting set(SetWebhookCommand command);
}

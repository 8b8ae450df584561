package dev.baton.application.webhook;

public interface ClearWebhookUseCase {

    void clear(ClearWebhookCommand command);
}

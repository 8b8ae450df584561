package dev.baton.application.webhook;

/** The chat webhooks an admin has set: the company's and each team's (admins only; the URLs are secrets). */
public interface GetWebhooksUseCase {

    WebhookOverview overview();
}

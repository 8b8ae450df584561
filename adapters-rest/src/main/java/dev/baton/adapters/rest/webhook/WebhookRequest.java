package dev.baton.adapters.rest.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WebhookRequest(
        @Schema(description = "An absolute http or https incoming-webhook URL, at most 2000 characters") String url,
        @Schema(description = "The version read, or absent when none was set; a stale one is refused with 409")
                Long version) {}

package dev.baton.adapters.rest.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.application.webhook.WebhookOverview;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The company's webhook ({@code null} when none is set) and every active team's, its URL and version null if unset. */
public record WebhooksResponse(
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) WebhookResponse company,
        List<TeamWebhookResponse> teams) {

    public record TeamWebhookResponse(
            long teamId,
            String teamName,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) String url,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) Long version) {}

    static WebhooksResponse of(WebhookOverview overview) {
        return new WebhooksResponse(
                overview.company().map(WebhookResponse::of).orElse(null),
                overview.teams().stream()
                        .map(t -> new TeamWebhookResponse(
                                t.team().value(),
                                t.teamName(),
                                t.webhook().map(w -> w.url()).orElse(null),
                                t.webhook().map(w -> w.version()).orElse(null)))
                        .toList());
    }
}

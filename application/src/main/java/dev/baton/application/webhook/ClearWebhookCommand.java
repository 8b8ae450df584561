package dev.baton.application.webhook;

import dev.baton.application.shared.Validation;
import dev.baton.domain.team.TeamId;
import java.util.Objects;

/** Clears the company's or a team's webhook, at the version the admin read. */
public record ClearWebhookCommand(WebhookScope scope, long version) {

    public ClearWebhookCommand {
        Objects.requireNonNull(scope, "scope");
    }

    public static ClearWebhookCommand company(Long version) {
        return of(WebhookScope.company(), version);
    }

    public static ClearWebhookCommand team(long team, Long version) {
        return of(WebhookScope.of(new TeamId(team)), version);
    }

    private static ClearWebhookCommand of(WebhookScope scope, Long version) {
        Validation v = new Validation();
        v.required("version", version, "field.VERSION_REQUIRED");
        v.throwIfInvalid();
        return new ClearWebhookCommand(scope, version);
    }
}

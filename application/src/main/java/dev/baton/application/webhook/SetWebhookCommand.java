package dev.baton.application.webhook;

import dev.baton.application.shared.Validation;
import dev.baton.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets the company's or a team's webhook. {@code version} is the version of the webhook the admin read, or empty when
 * they saw none set: a webhook someone set or cleared in between is a concurrent edit, not something to overwrite.
 */
public record SetWebhookCommand(WebhookScope scope, String url, Optional<Long> version) {

    public SetWebhookCommand {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(version, "version");
    }

    public static SetWebhookCommand company(String url, Long version) {
        return of(WebhookScope.company(), url, version);
    }

    public static SetWebhookCommand team(long team, String url, Long version) {
        return of(WebhookScope.of(new TeamId(team)), url, version);
    }

    private static SetWebhookCommand of(WebhookScope scope, String url, Long version) {
        Validation v = new Validation();
        String checked = WebhookUrls.checked(v, "url", url);
        v.throwIfInvalid();
        return new SetWebhookCommand(scope, checked, Optional.ofNullable(version));
    }
}

package dev.baton.application.webhook;

import dev.baton.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/** Whose chat webhook: the company's (no team), or one team's. */
public record WebhookScope(Optional<TeamId> team) {

    private static final WebhookScope COMPANY = new WebhookScope(Optional.empty());

    public WebhookScope {
        Objects.requireNonNull(team, "team");
    }

    public static WebhookScope company() {
        return COMPANY;
    }

    public static WebhookScope of(TeamId team) {
        return new WebhookScope(Optional.of(team));
    }

    public boolean isCompany() {
        return team.isEmpty();
    }

    /** How the audit trail names it: {@code company} or {@code team-7}. */
    public String key() {
        return team.map(t -> "team-" + t.value()).orElse("company");
    }
}

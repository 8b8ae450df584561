package dev.baton.application.webhook;

import dev.baton.domain.team.TeamId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The company's webhook, and every active team with its webhook where one is set, in the teams' order by name. */
public record WebhookOverview(Optional<WebhookSetting> company, List<TeamWebhook> teams) {

    public WebhookOverview {
        Objects.requireNonNull(company, "company");
        teams = List.copyOf(teams);
    }

    public record TeamWebhook(TeamId team, String teamName, Optional<WebhookSetting> webhook) {

        public TeamWebhook {
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(teamName, "teamName");
            Objects.requireNonNull(webhook, "webhook");
        }
    }
}

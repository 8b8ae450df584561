package dev.baton.application.fakes;

import dev.baton.application.notification.port.Webhooks;
import dev.baton.domain.team.TeamId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Chat webhooks a test sets: none until it does. */
public final class FixedWebhooks implements Webhooks {

    private Optional<String> company = Optional.empty();
    private final Map<TeamId, String> teams = new HashMap<>();

    public FixedWebhooks company(String url) {
        company = Optional.of(url);
        return this;
    }

    public FixedWebhooks team(TeamId team, String url) {
        teams.put(team, url);
        return this;
    }

    @Override
    public Optional<String> company() {
        return company;
    }

    @Override
    public Optional<String> team(TeamId team) {
        return Optional.ofNullable(teams.get(team));
    }
}

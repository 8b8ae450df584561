package dev.baton.application.notification.port;

import dev.baton.domain.team.TeamId;
import java.util.Optional;

/** The chat incoming-webhook URLs an admin has set: one for the company, and one per team. */
public interface Webhooks {

    Optional<String> company();

    Optional<String> team(TeamId team);
}

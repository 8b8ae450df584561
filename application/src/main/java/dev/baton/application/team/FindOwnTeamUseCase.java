package dev.baton.application.team;

import dev.baton.domain.team.TeamId;
import java.util.Optional;

/** The team a team lead works on by default, so a page without a team in its address can open on it. */
public interface FindOwnTeamUseCase {

    /**
     * The active team the signed-in team lead owns, or else belongs to; with several, the first by name. Empty for
     * anyone who is not a team lead, or leads no team.
     */
    Optional<TeamId> ownTeam();
}

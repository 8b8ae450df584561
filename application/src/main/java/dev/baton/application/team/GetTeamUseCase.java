package dev.baton.application.team;

import dev.baton.domain.team.TeamId;

public interface GetTeamUseCase {

    TeamDetails get(TeamId id);
}

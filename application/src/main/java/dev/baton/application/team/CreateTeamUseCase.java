package dev.baton.application.team;

import dev.baton.domain.team.Team;

public interface CreateTeamUseCase {

    Team create(CreateTeamCommand command);
}

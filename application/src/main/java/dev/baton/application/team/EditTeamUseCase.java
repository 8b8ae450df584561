package dev.baton.application.team;

import dev.baton.domain.team.Team;

public interface EditTeamUseCase {

    Team edit(EditTeamCommand command);
}

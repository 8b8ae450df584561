package dev.baton.application.team;

import dev.baton.domain.team.Team;

public interface ArchiveTeamUseCase {

    Team archive(ArchiveTeamCommand command);
}

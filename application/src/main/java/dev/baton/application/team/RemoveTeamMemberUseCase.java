package dev.baton.application.team;

import dev.baton.domain.team.Team;

public interface RemoveTeamMemberUseCase {

    Team removeMember(TeamMembershipCommand command);
}

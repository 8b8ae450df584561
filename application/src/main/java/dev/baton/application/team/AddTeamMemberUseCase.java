package dev.baton.application.team;

import dev.baton.domain.team.Team;

public interface AddTeamMemberUseCase {

    Team addMember(TeamMembershipCommand command);
}

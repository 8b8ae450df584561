package dev.baton.application.fakes;

import dev.baton.application.alignment.port.PlanTeams;
import dev.baton.application.alignment.port.PlanTeamsContract;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.TeamId;

/** The fake keeps the same contract as the PostgreSQL adapter. */
class InMemoryPlanTeamsTest extends PlanTeamsContract {

    private final InMemoryPlanTeams teams = new InMemoryPlanTeams();
    private long next = 1;

    @Override
    protected PlanTeams planTeams() {
        return teams;
    }

    @Override
    protected TeamId stored(String name, DepartmentKind kind) {
        return teams.add(PlanTeam.of(next++, name, kind)).id();
    }

    @Override
    protected void archive(TeamId team) {
        teams.archive(team);
    }
}

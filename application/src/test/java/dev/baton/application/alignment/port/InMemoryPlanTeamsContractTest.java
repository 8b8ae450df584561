package dev.baton.application.alignment.port;

import dev.baton.application.fakes.InMemoryPlanTeams;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.TeamId;

/** The PlanTeamsContract run against the in-memory fake, so the plan read over fakes cannot drift from PostgreSQL. */
class InMemoryPlanTeamsContractTest extends PlanTeamsContract {

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

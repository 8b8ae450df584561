package dev.baton.application.alignment.port;

import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.InMemoryPlanTeams;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;

/** The PlanTeamsContract run against the plan's teams a {@code World} reads from its in-memory teams. */
class InMemoryPlanTeamsOverTeamsContractTest extends PlanTeamsContract {

    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryPlanTeams planTeams = InMemoryPlanTeams.over(teams);
    private final Person owner = new InMemoryPeople().withRoles("Olga Owner", Role.TEAM_LEAD);

    @Override
    protected PlanTeams planTeams() {
        return planTeams;
    }

    @Override
    protected TeamId stored(String name, DepartmentKind kind) {
        return teams.add(Team.create(teams.nextId(), new TeamName(name), kind, owner.id()))
                .id();
    }

    @Override
    protected void archive(TeamId team) {
        teams.update(teams.findById(team).orElseThrow().archive());
    }
}

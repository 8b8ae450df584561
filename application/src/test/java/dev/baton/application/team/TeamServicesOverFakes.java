package dev.baton.application.team;

import dev.baton.application.fakes.World;

/** The team services as CDI builds them, over a {@link World}, for tests outside this package (the guards are not public). */
public final class TeamServicesOverFakes {

    private TeamServicesOverFakes() {}

    public static CreateTeamService createTeam(World world) {
        return new CreateTeamService(world.teams, guards(world), world.auditor(), world.access());
    }

    public static AddTeamMemberService addMember(World world) {
        return new AddTeamMemberService(world.teams, guards(world), world.auditor(), world.access());
    }

    private static TeamGuards guards(World world) {
        return new TeamGuards(world.teams, world.people);
    }
}

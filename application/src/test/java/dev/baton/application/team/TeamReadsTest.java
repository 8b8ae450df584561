package dev.baton.application.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Page;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import org.junit.jupiter.api.Test;

/** Reading teams over in-memory fakes: GetTeamService and ListTeamsService. */
class TeamReadsTest {

    private final World world = new World();
    private final GetTeamService get =
            new GetTeamService(new TeamGuards(world.teams, world.people), world.people, world.access());
    private final ListTeamsService list = new ListTeamsService(world.teams, world.people, world.access());
    private final Person lead = world.person("Lee Lead", Role.TEAM_LEAD);

    @Test
    void aReaderSeesATeamWithItsOwnerAndMembers() {
        Person member = world.person("Mo Member", Role.TEAM_LEAD);
        Team team = world.teams.update(
                world.team("Sales", DepartmentKind.SALES, lead).addMember(member.id()));
        world.signIn(world.person("Eve Executive", Role.EXECUTIVE));

        TeamDetails details = get.get(team.id());

        assertThat(details.team()).isEqualTo(team);
        assertThat(details.owner()).isEqualTo(lead);
        assertThat(details.members()).containsExactly(member);
    }

    @Test
    void anUnknownTeamIsNotFound() {
        world.signIn(lead);
        assertThatThrownBy(() -> get.get(new TeamId(4242))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPersonWithoutAReadingRoleSeesNoTeam() {
        Team team = world.team("Sales", DepartmentKind.SALES, lead);
        world.actor.withoutRoles();
        assertThatThrownBy(() -> get.get(team.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> list.list(ListTeamsQuery.of(null, null, null, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void nobodySignedInListsNoTeams() {
        assertThatThrownBy(() -> list.list(ListTeamsQuery.of(null, null, null, null)))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void theListIsByNamePagedAndLeavesArchivedTeamsOutUnlessAsked() {
        world.team("Sales", DepartmentKind.SALES, lead);
        world.team("Marketing", DepartmentKind.MARKETING, lead);
        Team old = world.team("Archive me", DepartmentKind.OTHER, lead);
        world.teams.update(old.archive());
        world.signIn(lead);

        Page<TeamSummary> first = list.list(ListTeamsQuery.of(null, false, 0, 1));
        assertThat(first.items()).extracting(s -> s.team().name().value()).containsExactly("Marketing");
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.items().get(0).owner()).isEqualTo(lead);
        assertThat(list.list(ListTeamsQuery.of(null, true, 0, 10)).total()).isEqualTo(3);
        assertThat(list.list(ListTeamsQuery.of("SALES", false, 0, 10)).items())
                .extracting(s -> s.team().kind())
                .containsExactly(DepartmentKind.SALES);
    }

    @Test
    void anUnknownKindOrAnOversizedPageIsAnErrorOnItsField() {
        assertThatThrownBy(() -> ListTeamsQuery.of("SPACE", false, 0, 10))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("kind"));
        assertThatThrownBy(() -> ListTeamsQuery.of(null, false, 0, 10_000))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("size"));
    }
}

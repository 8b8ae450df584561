package dev.baton.application.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.World;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team picker's one read, over the in-memory fakes of teams and people. */
class ViewTeamPickerServiceTest {

    private final World world = new World();
    private final ViewTeamPickerService picker = new ViewTeamPickerService(
            new FindOwnTeamService(world.teams, world.access()),
            new ListTeamsService(world.teams, world.people, world.access()));
    private Person lead;
    private Team marketing;
    private Team sales;

    @BeforeEach
    void teams() {
        lead = world.person("Maya Lead", Role.TEAM_LEAD);
        Person other = world.person("Sam Lead", Role.TEAM_LEAD);
        marketing = world.team("Marketing", DepartmentKind.MARKETING, lead);
        sales = world.team("Sales", DepartmentKind.SALES, other);
        Team gone = world.team("Old support", DepartmentKind.CUSTOMER_SUCCESS, other);
        world.teams.update(gone.archive());
    }

    @Test
    void aTeamLeadIsSentToTheirOwnTeamAndPicksNothing() {
        world.signIn(lead);

        TeamPicker picked = picker.view();

        assertThat(picked.ownTeam()).contains(marketing.id());
        assertThat(picked.teams()).isEmpty();
    }

    @Test
    void anExecutivePicksFromTheActiveTeamsWithTheirOwners() {
        world.signIn(world.person("Eve Executive", Role.EXECUTIVE));

        TeamPicker picked = picker.view();

        assertThat(picked.ownTeam()).isEmpty();
        assertThat(picked.teams())
                .extracting(summary -> summary.team().id())
                .containsExactlyInAnyOrder(marketing.id(), sales.id());
        assertThat(picked.teams())
                .allSatisfy(summary -> assertThat(summary.owner()).isNotNull());
    }

    @Test
    void aTeamLeadWhoLeadsNoTeamPicksLikeAnyoneElse() {
        world.signIn(world.person("New Lead", Role.TEAM_LEAD));

        assertThat(picker.view().teams()).hasSize(2);
    }

    @Test
    void nobodySignedInPicksNothing() {
        world.signOut();

        assertThatThrownBy(picker::view).isInstanceOf(UnauthenticatedException.class);
    }
}

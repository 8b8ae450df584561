package dev.baton.application.team;

import static dev.baton.domain.team.TeamTestData.aTeam;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.TeamId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindOwnTeamServiceTest {

    private static final PersonId LEAD = new PersonId(7L);

    private final InMemoryTeams teams = new InMemoryTeams()
            .with(aTeam().withId(1).named("Alpha").ownedBy(99).build().addMember(LEAD))
            .with(aTeam().withId(2).named("Sales").ownedBy(7).build())
            .with(aTeam().withId(3).named("Beta").ownedBy(7).build());

    private FindOwnTeamService as(Set<Role> roles) {
        Actor actor = new Actor("someone", Optional.of(LEAD), roles, true);
        return new FindOwnTeamService(teams, new AccessPolicy(() -> actor, new TeamLeadership(teams)));
    }

    @Test
    void aLeadLandsOnATeamTheyOwnBeforeOneTheyOnlyBelongTo() {
        assertThat(as(Set.of(Role.TEAM_LEAD)).ownTeam()).contains(new TeamId(3));
    }

    @Test
    void aLeadWhoOnlyBelongsToATeamLandsOnThatTeam() {
        InMemoryTeams member = new InMemoryTeams()
                .with(aTeam().withId(1).named("Alpha").ownedBy(99).build().addMember(LEAD));
        Actor actor = new Actor("someone", Optional.of(LEAD), Set.of(Role.TEAM_LEAD), true);
        FindOwnTeamService service =
                new FindOwnTeamService(member, new AccessPolicy(() -> actor, new TeamLeadership(member)));
        assertThat(service.ownTeam()).contains(new TeamId(1));
    }

    @Test
    void anArchivedTeamIsNoLandingPlace() {
        InMemoryTeams archived =
                new InMemoryTeams().with(aTeam().withId(4).ownedBy(7).build().archive());
        Actor actor = new Actor("someone", Optional.of(LEAD), Set.of(Role.TEAM_LEAD), true);
        FindOwnTeamService service =
                new FindOwnTeamService(archived, new AccessPolicy(() -> actor, new TeamLeadership(archived)));
        assertThat(service.ownTeam()).isEmpty();
    }

    @Test
    void anExecutiveHasNoOwnTeamEvenWhenNamedOwnerOfOne() {
        assertThat(as(Set.of(Role.EXECUTIVE)).ownTeam()).isEmpty();
    }
}

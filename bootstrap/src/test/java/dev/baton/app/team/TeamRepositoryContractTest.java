package dev.baton.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every TeamRepository keeps, checked against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class TeamRepositoryContractTest {

    @Inject
    TeamRepository teams;

    @Inject
    PersonRepository people;

    private PersonId owner;

    @BeforeEach
    void anOwner() {
        owner = QuarkusTransaction.requiringNew().call(() -> people.add(Person.create(
                        people.nextId(),
                        new PersonName("Owner"),
                        new EmailAddress(Names.email("owner")),
                        Set.of(Role.TEAM_LEAD)))
                .id());
    }

    private Team stored(String name, DepartmentKind kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> teams.add(Team.create(teams.nextId(), new TeamName(name), kind, owner)));
    }

    @Test
    void aStoredTeamIsFoundAsItWasStored() {
        Team team = stored(Names.unique("Stored"), DepartmentKind.SALES);
        Optional<Team> found = QuarkusTransaction.requiringNew().call(() -> teams.findById(team.id()));
        assertThat(found).contains(team);
    }

    @Test
    void anUpdateBumpsTheVersionAndKeepsMembers() {
        Team team = stored(Names.unique("Members"), DepartmentKind.PRODUCT);
        Team updated = QuarkusTransaction.requiringNew().call(() -> teams.update(team.addMember(owner)));
        assertThat(updated.version()).isEqualTo(team.version() + 1);
        assertThat(updated.members()).containsExactly(owner);
    }

    @Test
    void anUpdateFromAStaleCopyIsAConcurrentEdit() {
        Team team = stored(Names.unique("Stale"), DepartmentKind.FINANCE);
        QuarkusTransaction.requiringNew().run(() -> teams.update(team.rename(new TeamName(Names.unique("Fresh")))));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> teams.update(team.rename(new TeamName(Names.unique("Lost"))))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aNameIsTakenOnlyByAnotherActiveTeamIgnoringCase() {
        String name = Names.unique("Taken");
        Team team = stored(name, DepartmentKind.OTHER);
        TeamName shouted = new TeamName(name.toUpperCase());
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(teams.activeNameTaken(shouted, Optional.empty())).isTrue();
            assertThat(teams.activeNameTaken(shouted, Optional.of(team.id()))).isFalse();
        });
        QuarkusTransaction.requiringNew().run(() -> teams.update(team.archive()));
        QuarkusTransaction.requiringNew().run(() -> assertThat(teams.activeNameTaken(shouted, Optional.empty()))
                .isFalse());
    }

    @Test
    void aPageHoldsAtMostItsSizeAndCountsTheWhole() {
        String prefix = Names.unique("Paged");
        for (int i = 0; i < 3; i++) {
            stored(prefix + " " + i, DepartmentKind.MARKETING);
        }
        Page<Team> page = QuarkusTransaction.requiringNew()
                .call(() -> teams.list(Optional.of(DepartmentKind.MARKETING), false, new PageRequest(0, 2)));
        assertThat(page.items()).hasSize(2).allMatch(t -> t.kind() == DepartmentKind.MARKETING);
        assertThat(page.total()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void findAllByIdReturnsEveryStoredTeamAsked() {
        Team a = stored(Names.unique("A"), DepartmentKind.SALES);
        Team b = stored(Names.unique("B"), DepartmentKind.SALES);
        List<Team> found = QuarkusTransaction.requiringNew().call(() -> teams.findAllById(List.of(a.id(), b.id())));
        assertThat(found).containsExactlyInAnyOrder(a, b);
    }
}

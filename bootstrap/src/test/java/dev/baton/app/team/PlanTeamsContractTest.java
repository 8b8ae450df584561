package dev.baton.app.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.alignment.port.PlanTeams;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PlanTeams} (application's {@code PlanTeamsContract}, which the in-memory fake passes) checked
 * against the PostgreSQL adapter. The same cases as the abstract contract, until bootstrap's tests can extend it from
 * application's test-jar.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PlanTeamsContractTest {

    @Inject
    PlanTeams planTeams;

    @Inject
    TeamRepository teams;

    @Inject
    PersonRepository people;

    private final String prefix = Names.unique("Plan");
    private PersonId owner;

    @BeforeEach
    void anOwner() {
        owner = QuarkusTransaction.requiringNew().call(() -> people.add(Person.create(
                        people.nextId(),
                        new PersonName("Owner"),
                        new EmailAddress(Names.email("plan.owner")),
                        Set.of(Role.TEAM_LEAD)))
                .id());
    }

    private String name(String name) {
        return prefix + " " + name;
    }

    private TeamId stored(String name, DepartmentKind kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> teams.add(Team.create(teams.nextId(), new TeamName(name), kind, owner)))
                .id();
    }

    private void archive(TeamId id) {
        QuarkusTransaction.requiringNew()
                .run(() -> teams.update(teams.findById(id).orElseThrow().archive()));
    }

    private java.util.List<PlanTeam> active() {
        return QuarkusTransaction.requiringNew().call(planTeams::active);
    }

    @Test
    void anActiveTeamIsReadWithItsIdNameAndKind() {
        TeamId id = stored(name("Growth"), DepartmentKind.MARKETING);

        assertThat(active()).contains(new PlanTeam(id, name("Growth"), DepartmentKind.MARKETING));
    }

    @Test
    void anArchivedTeamIsNotPartOfThePlan() {
        TeamId kept = stored(name("Kept"), DepartmentKind.SALES);
        TeamId gone = stored(name("Gone"), DepartmentKind.SALES);

        archive(gone);

        assertThat(active()).extracting(PlanTeam::id).contains(kept).doesNotContain(gone);
    }

    @Test
    void teamsComeByName() {
        TeamId second = stored(name("Beta"), DepartmentKind.PRODUCT);
        TeamId first = stored(name("Alpha"), DepartmentKind.FINANCE);
        TeamId third = stored(name("Gamma"), DepartmentKind.CUSTOMER_SUCCESS);

        assertThat(active())
                .extracting(PlanTeam::id)
                .filteredOn(id -> id.equals(first) || id.equals(second) || id.equals(third))
                .containsExactly(first, second, third);
    }
}

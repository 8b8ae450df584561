package dev.baton.app.team;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.alignment.port.PlanTeams;
import dev.baton.application.alignment.port.PlanTeamsContract;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.team.port.TeamRepository;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/** The PlanTeamsContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PlanTeamsContractTest extends PlanTeamsContract {

    @Inject
    PlanTeams planTeams;

    @Inject
    TeamRepository teams;

    @Inject
    PersonRepository people;

    private PersonId owner;

    @BeforeEach
    void anOwner() {
        owner = call(() -> people.add(Person.create(
                        people.nextId(),
                        new PersonName("Owner"),
                        new EmailAddress(Names.email("plan.owner")),
                        Set.of(Role.TEAM_LEAD)))
                .id());
    }

    @Override
    protected PlanTeams planTeams() {
        return planTeams;
    }

    @Override
    protected TeamId stored(String name, DepartmentKind kind) {
        return call(() -> teams.add(Team.create(teams.nextId(), new TeamName(name), kind, owner)))
                .id();
    }

    @Override
    protected void archive(TeamId id) {
        run(() -> teams.update(teams.findById(id).orElseThrow().archive()));
    }

    @Override
    protected <T> T call(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }

    @Override
    protected void run(Runnable step) {
        QuarkusTransaction.requiringNew().run(step);
    }
}

package dev.baton.application.alignment.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.TeamId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PlanTeams} keeps, run against the in-memory fake here and against PostgreSQL in bootstrap, so the
 * fake cannot drift from the store.
 */
public abstract class PlanTeamsContract extends PortContract {

    /** The port under test. */
    protected abstract PlanTeams planTeams();

    /** Stores an active team by the store's own means, and gives back its id. */
    protected abstract TeamId stored(String name, DepartmentKind kind);

    /** Archives a stored team. */
    protected abstract void archive(TeamId team);

    private final String prefix = unique("Plan");

    /** A name no other team in the store has, with a common prefix that keeps their order. */
    protected String name(String name) {
        return prefix + " " + name;
    }

    private List<PlanTeam> active() {
        return call(() -> planTeams().active());
    }

    @Test
    public void anActiveTeamIsReadWithItsIdNameAndKind() {
        TeamId id = stored(name("Growth"), DepartmentKind.MARKETING);

        assertThat(active()).contains(new PlanTeam(id, name("Growth"), DepartmentKind.MARKETING));
    }

    @Test
    public void anArchivedTeamIsNotPartOfThePlan() {
        TeamId kept = stored(name("Kept"), DepartmentKind.SALES);
        TeamId gone = stored(name("Gone"), DepartmentKind.SALES);

        archive(gone);

        assertThat(active()).extracting(PlanTeam::id).contains(kept).doesNotContain(gone);
    }

    @Test
    public void teamsComeByName() {
        TeamId second = stored(name("Beta"), DepartmentKind.PRODUCT);
        TeamId first = stored(name("Alpha"), DepartmentKind.FINANCE);
        TeamId third = stored(name("Gamma"), DepartmentKind.CUSTOMER_SUCCESS);

        assertThat(active())
                .extracting(PlanTeam::id)
                .filteredOn(id -> id.equals(first) || id.equals(second) || id.equals(third))
                .containsExactly(first, second, third);
    }
}

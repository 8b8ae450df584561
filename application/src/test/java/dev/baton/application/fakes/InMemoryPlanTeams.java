package dev.baton.application.fakes;

import dev.baton.application.alignment.port.PlanTeams;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.team.TeamId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The plan's teams, active ones only, by name as the store gives them ({@code PlanTeamsContract}): kept in a map of
 * their own, with the archived ones set apart, or read from the {@link InMemoryTeams} of a {@link World}.
 */
public final class InMemoryPlanTeams implements PlanTeams {

    private final Map<TeamId, PlanTeam> teams = new LinkedHashMap<>();
    private final Set<TeamId> archived = new HashSet<>();
    private final Supplier<Collection<PlanTeam>> active;

    public InMemoryPlanTeams() {
        this.active = () -> teams.values().stream()
                .filter(team -> !archived.contains(team.id()))
                .toList();
    }

    private InMemoryPlanTeams(Supplier<Collection<PlanTeam>> active) {
        this.active = active;
    }

    /** The active teams of this store of teams, as the plan reads them. */
    public static InMemoryPlanTeams over(InMemoryTeams store) {
        return new InMemoryPlanTeams(
                () -> store.list(Optional.empty(), false, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                        .map(t -> new PlanTeam(t.id(), t.name().value(), t.kind()))
                        .toList());
    }

    public PlanTeam add(PlanTeam team) {
        teams.put(team.id(), team);
        return team;
    }

    public void archive(TeamId id) {
        archived.add(id);
    }

    @Override
    public List<PlanTeam> active() {
        return active.get().stream()
                .sorted(Comparator.comparing(PlanTeam::name)
                        .thenComparing(team -> team.id().value()))
                .toList();
    }
}
